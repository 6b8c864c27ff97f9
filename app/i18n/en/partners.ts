import type { partners as nl } from '../nl/partners';

export const partners: Record<keyof typeof nl, string> = {
  title: '',
};
