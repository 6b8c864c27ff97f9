export const reception = {
  title: '',
};
