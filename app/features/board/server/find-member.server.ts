// STUB: to be implemented (helper B).
/** The member behind a device token hash or a signed-in user on this board, or null. */
export async function findMember(_args: { orgId: string; boardId: string; deviceHash?: string | null; userId?: string | null }): Promise<{ memberId: string; displayName: string } | null> {
  throw new Error('todo');
}
