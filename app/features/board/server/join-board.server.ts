// STUB: to be implemented (helper B).
/** Joins (or re-joins, updating the display name) with a device token hash or as a signed-in user. */
export async function joinBoard(_args: { orgId: string; boardId: string; deviceHash?: string | null; userId?: string | null; displayName: string }): Promise<{ memberId: string }> {
  throw new Error('todo');
}
