import type { trajectory as nl } from '../nl/trajectory';

export const trajectory: Record<keyof typeof nl, string> = {
  title: '',
};
