export const trajectory = {
  title: '',
};
