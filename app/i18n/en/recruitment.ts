import type { recruitment as nl } from '../nl/recruitment';

export const recruitment: Record<keyof typeof nl, string> = {
  title: '',
};
