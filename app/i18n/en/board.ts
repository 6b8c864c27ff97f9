import type { board as nl } from '../nl/board';

export const board: Record<keyof typeof nl, string> = {
  title: 'Follow-up session',
};
