export const reception = {
  title: 'reception',
};
