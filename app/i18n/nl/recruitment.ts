export const recruitment = {
  title: '',
};
