import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { agendaSettings, changeAgenda, readyOrRefuse, setAgendaSettings } from './agenda-records.server';

/**
 * Shares the agenda with the parents (once): from now on their page shows it. Items can still be
 * changed afterwards; parents always read the current text. Refused for an empty agenda, an item
 * without a plain-language text, or a text that looks identifying.
 */
export async function shareAgenda(input: TrajectoryScope): Promise<{ sharedAt: Date }> {
  authorize(input, 'agenda.edit');
  return changeAgenda(input, async (tx, items) => {
    const { agendaSharedAt } = await agendaSettings(tx, input);
    if (agendaSharedAt) return { sharedAt: agendaSharedAt };
    await readyOrRefuse(tx, input, items, '_form');
    const sharedAt = new Date();
    await setAgendaSettings(tx, input, { agendaSharedAt: sharedAt });
    return { sharedAt };
  });
}
