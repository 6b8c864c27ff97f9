// STUB: to be implemented (helper B).
/** A personal pledge; with an e-mail address, a reminder job is queued for reminderWeeks later. */
export async function addPledge(_args: { orgId: string; boardId: string; memberId: string | null; text: string; reminderEmail: string; reminderWeeks: number | null; key: string }): Promise<{ id: string; duplicate: boolean }> {
  throw new Error('todo');
}
