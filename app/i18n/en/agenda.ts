export const agenda = {
  title: 'agenda',
};
