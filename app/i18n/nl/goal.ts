export const goal = {
  title: '',
};
