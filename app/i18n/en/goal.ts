import type { goal as nl } from '../nl/goal';

export const goal: Record<keyof typeof nl, string> = {
  title: '',
};
