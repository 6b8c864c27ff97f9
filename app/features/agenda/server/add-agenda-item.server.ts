import { randomUUID } from 'node:crypto';
import { authorize } from '#app/auth/authorize.server';
import { agendaItems } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { changeAgenda, agendaIds, guardTexts, recordReason } from './agenda-records.server';
import { once } from '#app/utils/submissions.server';

/** A new item the workgroup adds (not from the board), at the end of the agenda, with the reason why; once per submission key. */
export async function addAgendaItem(input: TrajectoryScope & { title: string; plainText: string; reason: string }) {
  authorize(input, 'agenda.edit');
  return changeAgenda(input, (tx, items) =>
    once(tx, input.orgId, 'agenda.addItem', async () => {
      await guardTexts(tx, input, { title: input.title, plainText: input.plainText, reason: input.reason });
      const id = randomUUID();
      await tx.insert(agendaItems).values({
        id,
        orgId: input.orgId,
        trajectoryId: input.trajectoryId,
        // Not ranked on the board.
        rank: 0,
        title: input.title,
        plainText: input.plainText,
        status: 'agreed',
        position: agendaIds(items).length + 1,
      });
      await recordReason(tx, input, [id], { kind: 'added' }, input.reason);
      return { id };
    }),
  );
}
