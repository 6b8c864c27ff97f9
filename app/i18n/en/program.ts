import type { program as nl } from '../nl/program';

export const program: Record<keyof typeof nl, string> = {
  title: '',
};
