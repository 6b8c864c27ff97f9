import type { reception as nl } from '../nl/reception';

export const reception: Record<keyof typeof nl, string> = {
  title: 'reception',
};
