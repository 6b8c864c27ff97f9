import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { inDraftOrder, planAdopt } from '../domain/agenda';
import { agendaIds, changeAgenda, guardTexts, itemIn, recordReason, setItem, writePositions } from './agenda-records.server';

/**
 * Takes the board's draft over into the parents' agenda: every draft item (or the one `itemId`)
 * becomes agreed, after what is on the agenda already, in the draft's order, with its title as a
 * first plain-language text (an item removed earlier keeps the text it had). One reason is
 * recorded on each. Closing the board again keeps them. The titles come from the board, where
 * participants' names are not checked: the page marks a hit, and sharing waits until it is gone.
 */
export async function adoptDraftAgenda(input: TrajectoryScope & { reason: string; itemId?: string }) {
  authorize(input, 'agenda.edit');
  return changeAgenda(input, async (tx, items) => {
    const drafts = input.itemId ? [itemIn(items, input.itemId, 'draft')] : inDraftOrder(items.filter((i) => i.status === 'draft'));
    if (drafts.length === 0) throw new RuleError('agenda.noDraft', 'reason');
    await guardTexts(tx, input, { reason: input.reason });
    const ids = drafts.map((d) => d.id);
    for (const draft of drafts)
      await setItem(tx, input.orgId, draft.id, { status: 'agreed', plainText: draft.plainText.trim() ? draft.plainText : draft.title });
    await writePositions(tx, input.orgId, planAdopt(agendaIds(items), ids));
    await recordReason(tx, input, ids, { kind: 'adopted' }, input.reason);
    return { adopted: ids.length };
  });
}
