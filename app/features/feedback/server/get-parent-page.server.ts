import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';
import { parentLinks } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { chooseLanguage, offeredLanguages } from '../domain/page-language';
import { SAME_VISIT_MS } from '../domain/visits';
import { feedbackOf, languageChoice, youSaidWeDid } from './feedback-records.server';
import type { LinkedParent } from './find-parent-link.server';

/**
 * Everything the parent's own page shows, in the language asked for (else their link's): the
 * agreed agenda with their answers so far and "you said, we did", what is new since their
 * previous visit marked. Before the agenda is shared: only that it is coming. Counts the visit:
 * the last visit moves to the previous one, unless it was within the hour (one statement).
 * Authorised by the personal link: takes the link findParentLink found.
 */
export async function getParentPage({
  link,
  language,
  accepted,
  now = new Date(),
}: {
  link: LinkedParent;
  language: string | null;
  /** The browser's Accept-Language header. */
  accepted?: string | null;
  now?: Date;
}) {
  const database = await db();
  const { orgId, trajectoryId } = link;
  const trajectory = await loadTrajectory({ orgId, trajectoryId });
  const org = await orgName(orgId, database);
  const offered = offeredLanguages(trajectory.feedbackLanguages, link.language);
  const chosen = chooseLanguage({ requested: language, own: link.language, accepted, offered });
  const common = { orgName: org, trajectoryTitle: trajectory.title, language: chosen, languages: offered.map(languageChoice) };
  if (!trajectory.agendaSharedAt) return { ...common, shared: false as const };

  const [moved] = await database
    .update(parentLinks)
    .set({ previousVisitAt: sql`${parentLinks.lastVisitAt}`, lastVisitAt: now })
    .where(
      inOrg(
        parentLinks,
        orgId,
        and(eq(parentLinks.id, link.id), or(isNull(parentLinks.lastVisitAt), lt(parentLinks.lastVisitAt, new Date(now.getTime() - SAME_VISIT_MS)))),
      ),
    )
    .returning({ previousVisitAt: parentLinks.previousVisitAt });
  const previousVisitAt = moved ? moved.previousVisitAt : link.previousVisitAt;
  const [items, answers] = await Promise.all([youSaidWeDid(link, { language: chosen, previousVisitAt }), feedbackOf(link, link.participantId, database)]);
  return {
    ...common,
    shared: true as const,
    items: items.map((item) => ({ ...item, answer: answers.reactions.get(item.id) ?? null })),
    generalReaction: answers.generalReaction,
    involvement: answers.involvement,
    hasContact: answers.hasContact,
    hasNews: items.some((i) => i.isNew),
  };
}
