export const listeners = {
  title: '',
};
