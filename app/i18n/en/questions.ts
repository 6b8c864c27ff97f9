import type { questions as nl } from '../nl/questions';

export const questions: Record<keyof typeof nl, string> = {
  title: '',
};
