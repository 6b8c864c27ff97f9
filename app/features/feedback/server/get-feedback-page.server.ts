import { eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';
import { agendaReactions, parentFeedback, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { fullName } from '#app/features/participants/domain/names';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { offeredLanguages } from '../domain/page-language';
import { feedbackParents } from '../domain/parents';
import { parentTexts } from '../domain/parent-texts';
import { summarySms } from '../domain/summary';
import { countInvolvement, countVerdicts, staysInvolved } from '../domain/verdicts';
import {
  agreedItems,
  guardFor,
  languageChoice,
  parentLinkUrl,
  participantsWithLinks,
  personalDataOf,
  publicAgendaUrl,
  youSaidWeDid,
} from './feedback-records.server';

/**
 * The workgroup's "Reacties van ouders": the parents by pseudonym with whether they opened their
 * page and reacted (their links for those who may make them), per agreed item the counts and the
 * comments, the general reactions and the involvement, every comment through the privacy guard;
 * how to reach the parents who want to stay involved only for those who may read personal data;
 * and the text-message summary per language.
 */
export async function getFeedbackPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const database = await db();
  const { orgId, trajectoryId } = scope;
  const canEdit = can(scope, 'agenda.edit');
  const canSeeContacts = can(scope, 'participants.personalData');
  const trajectory = await loadTrajectory(scope);
  const [org, people, items, guard] = await Promise.all([
    orgName(orgId, database),
    participantsWithLinks(scope, database),
    agreedItems(scope, database),
    guardFor(scope, database),
  ]);
  const pseudonymOf = new Map(people.map((p) => [p.participantId, p.pseudonym]));
  const recorder = { name: users.name, email: users.email };
  const reactions = items.length
    ? await database
        .select({
          itemId: agendaReactions.itemId,
          participantId: agendaReactions.participantId,
          verdict: agendaReactions.verdict,
          comment: agendaReactions.comment,
          recorder,
        })
        .from(agendaReactions)
        .leftJoin(users, eq(users.id, agendaReactions.recordedBy))
        .where(
          inOrg(
            agendaReactions,
            orgId,
            inArray(
              agendaReactions.itemId,
              items.map((i) => i.id),
            ),
          ),
        )
        .orderBy(agendaReactions.updatedAt)
    : [];
  const feedback = await database
    .select({ participantId: parentFeedback.participantId, generalReaction: parentFeedback.generalReaction, involvement: parentFeedback.involvement, recorder })
    .from(parentFeedback)
    .leftJoin(users, eq(users.id, parentFeedback.recordedBy))
    .where(inOrg(parentFeedback, orgId, eq(parentFeedback.trajectoryId, trajectoryId)))
    .orderBy(parentFeedback.updatedAt);
  const recordedBy = (r: { recorder: { name: string; email: string } | null }) => (r.recorder ? r.recorder.name || r.recorder.email : null);
  const counts = countVerdicts(
    items.map((i) => i.id),
    reactions,
  );
  const reacted = new Set([...reactions.map((r) => r.participantId), ...feedback.map((f) => f.participantId)]);
  const onBehalf = new Set([...reactions, ...feedback].filter((r) => r.recorder).map((r) => r.participantId));

  const publicLink = trajectory.publicPageToken ? publicAgendaUrl(trajectory.publicPageToken) : null;
  const languages = offeredLanguages(trajectory.feedbackLanguages);
  const summaries = await Promise.all(
    languages.map(async (language) => ({
      ...languageChoice(language),
      text: summarySms({
        texts: parentTexts(language),
        org,
        items: await youSaidWeDid(scope, { language, previousVisitAt: null }),
        publicLink,
      }),
    })),
  );

  return {
    canEdit,
    canSeeContacts,
    canPrintLetters: can(scope, 'agenda.parentLetters'),
    sharedAt: trajectory.agendaSharedAt,
    publicLink,
    parents: feedbackParents(people.map((p) => ({ ...p, hasLink: !!p.link }))).map((p) => ({
      participantId: p.participantId,
      pseudonym: p.pseudonym,
      hasLink: !!p.link,
      // The link itself is a key to the parent's page: only for those who hand it out.
      link: canEdit && p.link ? { url: parentLinkUrl(p.link.token), language: p.link.language } : null,
      opened: !!p.link?.lastVisitAt,
      reacted: reacted.has(p.participantId),
      onBehalf: onBehalf.has(p.participantId),
    })),
    items: items.map((item, i) => ({
      id: item.id,
      n: i + 1,
      text: item.dutch,
      counts: counts.get(item.id)!,
      comments: reactions
        .filter((r) => r.itemId === item.id && r.comment.trim())
        .map((r) => ({ pseudonym: pseudonymOf.get(r.participantId) ?? '', verdict: r.verdict, parts: guard(r.comment), recordedBy: recordedBy(r) })),
    })),
    general: feedback
      .filter((f) => f.generalReaction.trim())
      .map((f) => ({ pseudonym: pseudonymOf.get(f.participantId) ?? '', parts: guard(f.generalReaction), recordedBy: recordedBy(f) })),
    involvement: countInvolvement(feedback.map((f) => f.involvement)),
    contacts: canSeeContacts ? await stayingInvolved(scope, feedback, pseudonymOf) : null,
    summaries,
  };
}

/** Who wants to stay involved, with their name and how to reach them: personal data. */
async function stayingInvolved(
  scope: TrajectoryScope,
  feedback: readonly { participantId: string; involvement: (typeof parentFeedback.$inferSelect)['involvement'] }[],
  pseudonymOf: ReadonlyMap<string, string>,
) {
  authorize(scope, 'participants.personalData');
  const involved = feedback.filter((f) => staysInvolved(f.involvement));
  const personal = await personalDataOf(
    scope,
    involved.map((f) => f.participantId),
    'feedback',
  );
  return involved.map((f) => {
    const p = personal.get(f.participantId);
    return { pseudonym: pseudonymOf.get(f.participantId) ?? '', name: p ? fullName(p) : '', involvement: f.involvement, contact: p?.stayInvolvedContact ?? '' };
  });
}
