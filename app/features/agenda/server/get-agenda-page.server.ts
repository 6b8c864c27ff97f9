import { asc, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db, type Db } from '#app/db/client.server';
import { agendaItemReasons, flyerTexts, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { readability } from '#app/features/questions/domain/readability';
import { qrSvg } from '#app/utils/qr-code.server';
import { inAgendaOrder, inDraftOrder, missingTranslations, shareReadiness } from '../domain/agenda';
import { suggestedLanguages } from '../domain/languages';
import { type AgendaItemRow, agendaSettings, itemsOf, leaksOf, nameGuard, publicPageUrl, translationsOf } from './agenda-records.server';

export type HistoryEntry = { id: string; at: Date; author: string | null; text: string };

/** Every item's reasons, oldest first, with the name of who gave them. */
async function historyOf(database: Db, orgId: string, itemIds: string[]): Promise<Map<string, HistoryEntry[]>> {
  const rows =
    itemIds.length === 0
      ? []
      : await database
          .select({
            id: agendaItemReasons.id,
            itemId: agendaItemReasons.itemId,
            at: agendaItemReasons.createdAt,
            author: users.name,
            text: agendaItemReasons.text,
          })
          .from(agendaItemReasons)
          .leftJoin(users, eq(users.id, agendaItemReasons.authorId))
          .where(inOrg(agendaItemReasons, orgId, inArray(agendaItemReasons.itemId, itemIds)))
          .orderBy(asc(agendaItemReasons.createdAt), asc(agendaItemReasons.id));
  const history = new Map<string, HistoryEntry[]>();
  for (const { itemId, ...entry } of rows) history.set(itemId, [...(history.get(itemId) ?? []), entry]);
  return history;
}

const common = (item: AgendaItemRow) => ({
  id: item.id,
  title: item.title,
  themeName: item.themeName,
  dots: item.dots,
  rank: item.rank,
  tied: item.tied,
  notes: item.notes,
  quotes: item.quotes,
});

/**
 * Everything the agenda page (S8a) shows: the board's draft (and items taken off the agenda), the
 * parents' agenda with each item's plain-language check, history, translations and what looks
 * identifying, the languages, and whether the agenda is shared and its public page published.
 */
export async function getAgendaPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const database = await db();
  const { orgId, trajectoryId } = scope;
  const [items, settings, flyers, check] = await Promise.all([
    itemsOf(database, scope),
    agendaSettings(database, scope),
    database
      .select({ language: flyerTexts.language })
      .from(flyerTexts)
      .where(inOrg(flyerTexts, orgId, eq(flyerTexts.trajectoryId, trajectoryId))),
    nameGuard(database, scope),
  ]);
  const agenda = inAgendaOrder(items.filter((i) => i.status === 'agreed'));
  const chosen = settings.feedbackLanguages;
  const translations = (
    await translationsOf(
      database,
      orgId,
      agenda.map((i) => i.id),
    )
  ).filter((t) => chosen.includes(t.language));
  const history = await historyOf(
    database,
    orgId,
    items.map((i) => i.id),
  );
  const itemViews = agenda.map((item, index) => {
    const own = translations.filter((t) => t.itemId === item.id);
    return {
      ...common(item),
      number: index + 1,
      plainText: item.plainText,
      readability: item.plainText.trim() ? readability(item.plainText) : null,
      history: history.get(item.id) ?? [],
      translations: Object.fromEntries(own.map((t) => [t.language, t.text])),
      leaks: leaksOf(check, item, own),
    };
  });
  const url = settings.publicPageToken ? publicPageUrl(settings.publicPageToken) : null;
  return {
    canEdit: can(scope, 'agenda.edit'),
    draft: inDraftOrder(items.filter((i) => i.status === 'draft')).map((item) => ({ ...common(item), history: history.get(item.id) ?? [] })),
    items: itemViews,
    languages: {
      chosen,
      suggested: suggestedLanguages(
        flyers.map((f) => f.language),
        chosen,
      ),
      missing: missingTranslations(
        agenda.map((i) => i.id),
        chosen,
        translations,
      ),
    },
    sharedAt: settings.agendaSharedAt,
    readiness: shareReadiness(agenda),
    hasLeaks: itemViews.some((i) => i.leaks.length > 0),
    publicPage: url ? { url, qr: await qrSvg(url) } : null,
  };
}

export type AgendaPage = Awaited<ReturnType<typeof getAgendaPage>>;
export type AgendaItemView = AgendaPage['items'][number];
export type DraftItemView = AgendaPage['draft'][number];
