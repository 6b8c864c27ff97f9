import type { console as nl } from '../nl/console';

export const console: Record<keyof typeof nl, string> = {
  title: 'console',
};
