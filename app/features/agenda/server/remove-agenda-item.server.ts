import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { planRemove } from '../domain/agenda';
import { agendaIds, changeAgenda, guardTexts, itemIn, recordReason, setItem, writePositions } from './agenda-records.server';

/**
 * Takes an item off the parents' agenda, with the reason why. It goes back to the list of
 * items not on the agenda (with the board's draft), where its history stays readable and from
 * where it can be put back.
 */
export async function removeAgendaItem(input: TrajectoryScope & { itemId: string; reason: string }) {
  authorize(input, 'agenda.edit');
  await changeAgenda(input, async (tx, items) => {
    const item = itemIn(items, input.itemId);
    await guardTexts(tx, input, { reason: input.reason });
    await setItem(tx, input.orgId, item.id, { status: 'draft', position: 0 });
    await writePositions(tx, input.orgId, planRemove(agendaIds(items), item.id));
    await recordReason(tx, input, [item.id], { kind: 'removed' }, input.reason);
  });
}
