// Reads, checks and writes shared by the agenda operations (S8a); other features and routes use the operations.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Db, type Tx } from '#app/db/client.server';
import { agendaItemReasons, agendaItems, agendaItemTranslations, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { findIdentifying, type FindingKind } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { config } from '#app/utils/config.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { type AgendaChange, reasonText } from '../domain/history';
import { inAgendaOrder, type Position, shareReadiness } from '../domain/agenda';

export type AgendaItemRow = typeof agendaItems.$inferSelect;
type Reader = Db | Tx;
type Where = Pick<TrajectoryScope, 'orgId' | 'trajectoryId'>;

/** All items of the trajectory: the board's draft and the parents' agenda. */
export async function itemsOf(reader: Reader, { orgId, trajectoryId }: Where): Promise<AgendaItemRow[]> {
  return reader
    .select()
    .from(agendaItems)
    .where(inOrg(agendaItems, orgId, eq(agendaItems.trajectoryId, trajectoryId)));
}

/** The ids of the items on the parents' agenda, in their order. */
export const agendaIds = (items: readonly AgendaItemRow[]) => inAgendaOrder(items.filter((i) => i.status === 'agreed')).map((i) => i.id);

/**
 * One change of the agenda, in one transaction that holds the trajectory's row lock: two people
 * merging or moving at the same moment are taken one after the other, so positions stay 1..n.
 */
export async function changeAgenda<T>(scope: Where, change: (tx: Tx, items: AgendaItemRow[]) => Promise<T>): Promise<T> {
  return (await db()).transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, scope.orgId, eq(trajectories.id, scope.trajectoryId)))
      .for('update');
    if (!locked) notFound();
    return change(tx, await itemsOf(tx, scope));
  });
}

/** The item with this id among the trajectory's items, with the status asked for; anything else (another trajectory or organisation, a bad id) is a 404. */
export function itemIn(items: readonly AgendaItemRow[], itemId: string, status: AgendaItemRow['status'] = 'agreed'): AgendaItemRow {
  if (!z.uuid().safeParse(itemId).success) notFound();
  const item = items.find((i) => i.id === itemId && i.status === status);
  if (!item) notFound();
  return item;
}

export async function writePositions(tx: Tx, orgId: string, positions: readonly Position[]) {
  for (const { id, position } of positions) {
    await tx
      .update(agendaItems)
      .set({ position })
      .where(inOrg(agendaItems, orgId, eq(agendaItems.id, id)));
  }
}

/** Changes columns of one item (its id was found in the trajectory first). */
export async function setItem(tx: Tx, orgId: string, itemId: string, values: Partial<typeof agendaItems.$inferInsert>) {
  await tx
    .update(agendaItems)
    .set({ ...values, updatedAt: new Date() })
    .where(inOrg(agendaItems, orgId, eq(agendaItems.id, itemId)));
}

/**
 * The name-leak guard (R2) with the trajectory's participants' names and contact data: what kind
 * of identifying thing a text holds, or null. The names are read here and never leave the server.
 */
export async function nameGuard(reader: Reader, { orgId, trajectoryId }: Where): Promise<(text: string) => FindingKind | null> {
  const known = await knownIdentifiers(reader, orgId, trajectoryId);
  return (text) => findIdentifying(text, known)[0]?.kind ?? null;
}

/** The guard on texts that parents or others will read: the first field that looks identifying is refused with a message of its kind next to it. */
export async function guardTexts(tx: Tx, where: Where, fields: Record<string, string | readonly string[]>) {
  const check = await nameGuard(tx, where);
  for (const [field, value] of Object.entries(fields)) {
    for (const text of typeof value === 'string' ? [value] : value) {
      const kind = check(text);
      if (kind) throw new RuleError(`agenda.leak_${kind}`, field);
    }
  }
}

export type Leak = { field: 'title' | 'plainText' | 'quotes' | 'translation'; language?: string; kind: FindingKind };

/** What in one item (and its translations) looks identifying: to mark on the page, and to hold sharing back. */
export function leaksOf(
  check: (text: string) => FindingKind | null,
  item: Pick<AgendaItemRow, 'title' | 'plainText' | 'quotes'>,
  translations: readonly { language: string; text: string }[],
): Leak[] {
  const found: Leak[] = [];
  const add = (field: Leak['field'], text: string, language?: string) => {
    const kind = check(text);
    if (kind) found.push({ field, kind, ...(language ? { language } : {}) });
  };
  add('title', item.title);
  add('plainText', item.plainText);
  for (const quote of item.quotes) add('quotes', quote);
  for (const t of translations) add('translation', t.text, t.language);
  return found;
}

// The history is written in Dutch, the language of the workgroup's documents.
const dutch = createTranslator('nl');

/** Records why, with who and when, on each of the items. */
export async function recordReason(
  tx: Tx,
  { orgId, actor }: Pick<TrajectoryScope, 'orgId' | 'actor'>,
  itemIds: readonly string[],
  change: AgendaChange,
  reason: string,
) {
  if (itemIds.length === 0) return;
  const text = reasonText(dutch, change, reason);
  await tx.insert(agendaItemReasons).values(itemIds.map((itemId) => ({ orgId, itemId, text, authorId: actor.userId })));
}

/** The translations of these items, per item per language. */
export async function translationsOf(reader: Reader, orgId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return reader
    .select({ itemId: agendaItemTranslations.itemId, language: agendaItemTranslations.language, text: agendaItemTranslations.text })
    .from(agendaItemTranslations)
    .where(inOrg(agendaItemTranslations, orgId, inArray(agendaItemTranslations.itemId, [...itemIds])))
    .orderBy(asc(agendaItemTranslations.language));
}

/** The trajectory's step-8 settings: languages, when shared, the public page's token. */
export async function agendaSettings(reader: Reader, { orgId, trajectoryId }: Where) {
  const [row] = await reader
    .select({
      title: trajectories.title,
      feedbackLanguages: trajectories.feedbackLanguages,
      agendaSharedAt: trajectories.agendaSharedAt,
      publicPageToken: trajectories.publicPageToken,
    })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!row) notFound();
  return row;
}

export async function setAgendaSettings(tx: Tx, { orgId, trajectoryId }: Where, values: Partial<typeof trajectories.$inferInsert>) {
  await tx
    .update(trajectories)
    .set({ ...values, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
}

/** The public read-only page of the agenda (built at /p/agenda/:token). */
export const publicPageUrl = (token: string) => `${config.appUrl}/p/agenda/${token}`;

/** Writes an item's translations (language → text); an empty text removes that language's translation. */
export async function saveTranslations(tx: Tx, { orgId, actor }: Pick<TrajectoryScope, 'orgId' | 'actor'>, itemId: string, texts: Record<string, string>) {
  for (const [language, text] of Object.entries(texts)) {
    const where = inOrg(agendaItemTranslations, orgId, and(eq(agendaItemTranslations.itemId, itemId), eq(agendaItemTranslations.language, language)));
    if (!text.trim()) {
      await tx.delete(agendaItemTranslations).where(where);
      continue;
    }
    await tx
      .insert(agendaItemTranslations)
      .values({ orgId, itemId, language, text, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: [agendaItemTranslations.itemId, agendaItemTranslations.language],
        set: { text, updatedBy: actor.userId, updatedAt: new Date() },
      });
  }
}

/**
 * Refuses (next to `field`) an agenda that is not ready for parents' eyes: no items, an item
 * without a plain-language text, or a text (in Dutch or a chosen language) that looks identifying.
 */
export async function readyOrRefuse(tx: Tx, where: Where, items: readonly AgendaItemRow[], field: string) {
  const agenda = items.filter((i) => i.status === 'agreed');
  const readiness = shareReadiness(agenda);
  if (!readiness.ready) throw new RuleError(readiness.problem === 'empty' ? 'agenda.notReadyEmpty' : 'agenda.notReadyText', field);
  const { feedbackLanguages } = await agendaSettings(tx, where);
  const translations = (
    await translationsOf(
      tx,
      where.orgId,
      agenda.map((i) => i.id),
    )
  ).filter((t) => feedbackLanguages.includes(t.language));
  const check = await nameGuard(tx, where);
  if (
    agenda.some(
      (item) =>
        leaksOf(
          check,
          item,
          translations.filter((t) => t.itemId === item.id),
        ).length > 0,
    )
  )
    throw new RuleError('agenda.notReadyLeak', field);
}
