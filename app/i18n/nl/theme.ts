export const theme = {
  title: '',
};
