// STUB: to be implemented (helper B).
import type { OrgScope } from '#app/db/scope.server';
/** Opens the follow-up board of a trajectory (once; again returns the same board). */
export async function openBoard(_scope: OrgScope & { trajectoryId: string }): Promise<{ id: string; joinCode: string }> {
  throw new Error('todo');
}
