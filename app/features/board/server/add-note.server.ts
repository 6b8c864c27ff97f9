// STUB: to be implemented (helper B).
import type { NoteColumn } from '../domain/types';
/** Adds a sticky note (idempotent on key). Throws BoardRuleError when the phase does not take this column. */
export async function addNote(_args: { orgId: string; boardId: string; memberId: string | null; column: NoteColumn; text: string; onBehalf: boolean; key: string }): Promise<{ id: string; duplicate: boolean }> {
  throw new Error('todo');
}
