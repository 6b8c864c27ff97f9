import { count, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { actions, agendaItemReasons, agendaItems, agendaReactions } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { mergeTranslations, planMerge } from '../domain/agenda';
import { agendaIds, changeAgenda, guardTexts, itemIn, recordReason, saveTranslations, setItem, translationsOf, writePositions } from './agenda-records.server';

const byLanguage = (rows: { itemId: string; language: string; text: string }[], itemId: string) =>
  Object.fromEntries(rows.filter((r) => r.itemId === itemId).map((r) => [r.language, r.text]));

/**
 * Merges the other item into the first: the first keeps its title and place and takes the other's
 * text, notes, quotes, dots, translations, history and actions; the other is removed. An item that
 * parents already reacted to is not merged away (their reaction would be lost).
 */
export async function mergeAgendaItems(input: TrajectoryScope & { itemId: string; otherId: string; reason: string }) {
  authorize(input, 'agenda.edit');
  const { orgId } = input;
  await changeAgenda(input, async (tx, items) => {
    const first = itemIn(items, input.itemId);
    const second = itemIn(items, input.otherId);
    const plan = planMerge(agendaIds(items), first, second);
    if (!plan.ok) throw new RuleError('agenda.mergeSame', 'otherId');
    const [reacted] = await tx
      .select({ n: count() })
      .from(agendaReactions)
      .where(inOrg(agendaReactions, orgId, eq(agendaReactions.itemId, second.id)));
    if ((reacted?.n ?? 0) > 0) throw new RuleError('agenda.mergeHasReactions', 'otherId');
    await guardTexts(tx, input, { reason: input.reason });

    const translations = await translationsOf(tx, orgId, [first.id, second.id]);
    await saveTranslations(tx, input, first.id, mergeTranslations(byLanguage(translations, first.id), byLanguage(translations, second.id)));
    await tx
      .update(agendaItemReasons)
      .set({ itemId: first.id })
      .where(inOrg(agendaItemReasons, orgId, eq(agendaItemReasons.itemId, second.id)));
    await tx
      .update(actions)
      .set({ agendaItemId: first.id })
      .where(inOrg(actions, orgId, eq(actions.agendaItemId, second.id)));
    await tx.delete(agendaItems).where(inOrg(agendaItems, orgId, eq(agendaItems.id, second.id)));
    await setItem(tx, orgId, first.id, plan.kept);
    await writePositions(tx, orgId, plan.positions);
    await recordReason(tx, input, [first.id], { kind: 'merged', otherTitle: second.title }, input.reason);
  });
}
