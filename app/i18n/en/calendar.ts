import type { calendar as nl } from '../nl/calendar';

export const calendar: Record<keyof typeof nl, string> = {
  title: '',
};
