export const console = {
  title: '',
};
