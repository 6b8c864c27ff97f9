export const partners = {
  title: '',
};
