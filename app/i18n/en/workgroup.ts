import type { workgroup as nl } from '../nl/workgroup';

export const workgroup: Record<keyof typeof nl, string> = {
  title: '',
};
