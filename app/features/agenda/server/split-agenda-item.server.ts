import { randomUUID } from 'node:crypto';
import { authorize } from '#app/auth/authorize.server';
import { agendaItems } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { planSplit } from '../domain/agenda';
import { agendaIds, changeAgenda, guardTexts, itemIn, recordReason, setItem, writePositions } from './agenda-records.server';

export type AgendaSplit = {
  itemId: string;
  firstTitle: string;
  firstText: string;
  firstQuotes: string[];
  secondTitle: string;
  secondText: string;
  secondQuotes: string[];
  reason: string;
};

/**
 * Splits an item in two: the first part stays in its place (with its history, translations and
 * reactions), the second comes right after it with the same theme, notes and dots. Each quote goes
 * with one part or both; none may be lost. The reason is recorded on both parts.
 */
export async function splitAgendaItem(input: TrajectoryScope & AgendaSplit) {
  authorize(input, 'agenda.edit');
  const { orgId } = input;
  return changeAgenda(input, async (tx, items) => {
    const item = itemIn(items, input.itemId);
    const newId = randomUUID();
    const plan = planSplit(agendaIds(items), item.id, newId, item.quotes, { first: input.firstQuotes, second: input.secondQuotes });
    if (!plan.ok) throw new RuleError(plan.reason === 'quoteLost' ? 'agenda.splitQuoteLost' : 'agenda.quoteUnknown', 'firstQuotes');
    await guardTexts(tx, input, {
      firstTitle: input.firstTitle,
      firstText: input.firstText,
      secondTitle: input.secondTitle,
      secondText: input.secondText,
      reason: input.reason,
    });
    await setItem(tx, orgId, item.id, { title: input.firstTitle, plainText: input.firstText, quotes: plan.firstQuotes });
    await tx.insert(agendaItems).values({
      id: newId,
      orgId,
      trajectoryId: input.trajectoryId,
      rank: item.rank,
      tied: item.tied,
      themeName: item.themeName,
      dots: item.dots,
      notes: item.notes,
      title: input.secondTitle,
      plainText: input.secondText,
      quotes: plan.secondQuotes,
      status: 'agreed',
    });
    await writePositions(tx, orgId, plan.positions);
    await recordReason(tx, input, [item.id, newId], { kind: 'split', firstTitle: input.firstTitle, secondTitle: input.secondTitle }, input.reason);
    return { id: newId };
  });
}
