export const console = {
  title: 'console',
};
