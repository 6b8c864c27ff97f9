export const minutes = {
  title: '',
};
