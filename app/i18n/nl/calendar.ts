export const calendar = {
  title: '',
};
