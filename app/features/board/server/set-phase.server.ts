// STUB: to be implemented (helper B).
import type { BoardPhase } from '../domain/types';
export async function setPhase(_args: { orgId: string; boardId: string; phase: BoardPhase }): Promise<void> {
  throw new Error('todo');
}
