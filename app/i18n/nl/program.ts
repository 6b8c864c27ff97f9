export const program = {
  title: '',
};
