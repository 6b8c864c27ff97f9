// STUB: to be implemented (helper B).
import type { OrgScope } from '#app/db/scope.server';
/** The trajectory's board, or null when none is open yet. */
export async function getBoard(_scope: OrgScope & { trajectoryId: string }): Promise<{ id: string; joinCode: string } | null> {
  throw new Error('todo');
}
