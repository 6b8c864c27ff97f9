import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { quoteChanges, unite } from '../domain/agenda';
import { type AgendaChange, changesNothing } from '../domain/history';
import { changeAgenda, guardTexts, itemIn, recordReason, setItem } from './agenda-records.server';

export type AgendaItemEdit = {
  itemId: string;
  title: string;
  plainText: string;
  /** The quotes the item keeps (of those it has). */
  quotes: string[];
  /** A quote the workgroup typed or pasted, '' for none. */
  newQuote: string;
  reason: string;
};

/** Changes an item's title, plain-language text and quotes, with the reason why; an edit that changes nothing is refused. */
export async function updateAgendaItem(input: TrajectoryScope & AgendaItemEdit) {
  authorize(input, 'agenda.edit');
  return changeAgenda(input, async (tx, items) => {
    const item = itemIn(items, input.itemId);
    if (input.quotes.some((q) => !item.quotes.includes(q))) throw new RuleError('agenda.quoteUnknown', 'quotes');
    const quotes = unite(
      item.quotes.filter((q) => input.quotes.includes(q)),
      [input.newQuote],
    );
    const { added, removed } = quoteChanges(item.quotes, quotes);
    const change: AgendaChange = {
      kind: 'edited',
      title: input.title !== item.title,
      plainText: input.plainText !== item.plainText,
      quotesAdded: added.length,
      quotesRemoved: removed.length,
    };
    if (changesNothing(change)) throw new RuleError('agenda.nothingChanged', 'reason');
    await guardTexts(tx, input, { title: input.title, plainText: input.plainText, newQuote: input.newQuote, reason: input.reason });
    await setItem(tx, input.orgId, item.id, { title: input.title, plainText: input.plainText, quotes });
    await recordReason(tx, input, [item.id], change, input.reason);
  });
}
