import type { materials as nl } from '../nl/materials';

export const materials: Record<keyof typeof nl, string> = {
  title: '',
};
