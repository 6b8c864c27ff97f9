// STUB: to be implemented (helper B).
/** Moves every note and idea of fromId into intoId and removes fromId. */
export async function mergeThemes(_args: { orgId: string; boardId: string; fromId: string; intoId: string }): Promise<void> {
  throw new Error('todo');
}
