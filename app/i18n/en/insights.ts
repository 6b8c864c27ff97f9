export const insights = {
  title: 'insights',
};
