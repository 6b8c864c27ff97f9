import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { planMove } from '../domain/agenda';
import { agendaIds, changeAgenda, itemIn, writePositions } from './agenda-records.server';

/** Moves an item one place up or down on the parents' agenda. */
export async function moveAgendaItem(input: TrajectoryScope & { itemId: string; direction: 'up' | 'down' }) {
  authorize(input, 'agenda.edit');
  await changeAgenda(input, async (tx, items) => {
    itemIn(items, input.itemId);
    await writePositions(tx, input.orgId, planMove(agendaIds(items), input.itemId, input.direction));
  });
}
