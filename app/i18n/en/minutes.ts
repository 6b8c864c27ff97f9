import type { minutes as nl } from '../nl/minutes';

export const minutes: Record<keyof typeof nl, string> = {
  title: 'minutes',
};
