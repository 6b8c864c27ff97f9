export const minutes = {
  title: 'minutes',
};
