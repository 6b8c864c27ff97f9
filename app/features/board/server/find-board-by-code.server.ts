// STUB: to be implemented (helper B).
/** Public lookup by join code (any case, spaces ignored); throws a 404 Response when unknown. */
export async function findBoardByCode(_code: string): Promise<{ id: string; orgId: string; trajectoryId: string; joinCode: string; title: string }> {
  throw new Error('todo');
}
