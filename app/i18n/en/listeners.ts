import type { listeners as nl } from '../nl/listeners';

export const listeners: Record<keyof typeof nl, string> = {
  title: '',
};
