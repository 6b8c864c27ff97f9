export const workgroup = {
  title: '',
};
