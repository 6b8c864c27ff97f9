import type { theme as nl } from '../nl/theme';

export const theme: Record<keyof typeof nl, string> = {
  title: '',
};
