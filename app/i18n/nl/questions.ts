export const questions = {
  title: '',
};
