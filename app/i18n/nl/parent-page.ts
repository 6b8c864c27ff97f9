export const parentPage = {
  title: 'parentPage',
};
