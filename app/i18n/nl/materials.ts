export const materials = {
  title: '',
};
