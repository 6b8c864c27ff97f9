export const board = {
  title: 'Terugkombijeenkomst',
};
