// Shared reads of the rights operations (issue 16): everything stored about one participant,
// gathered in the caller's transaction. Only ids and the participant's own data: no other
// participant's name is read here.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import {
  accessLog,
  agendaItems,
  agendaReactions,
  boardNoteQuotes,
  minuteNotes,
  parentFeedback,
  parentLinks,
  participantConsents,
  participantPersonalData,
  participants,
  trajectories,
  users,
} from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** What replaces a participant's words when they ask for them to be removed too. */
export const REMOVED = '[verwijderd]';

/** A participant of the scope's trajectory, locked for the rest of the transaction; 404 otherwise. */
export async function lockParticipant(tx: Tx, scope: TrajectoryScope, participantId: string) {
  const [row] = await tx
    .select()
    .from(participants)
    .where(inOrg(participants, scope.orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, scope.trajectoryId))))
    .for('update');
  if (!row) notFound();
  return row;
}

/** Everything stored about one participant, as plain data (the JSON export; the PDF is made from it). */
export async function gatherParticipantData(tx: Tx, scope: TrajectoryScope, participantId: string) {
  const { orgId } = scope;
  const participant = await lockParticipant(tx, scope, participantId);
  const [trajectory] = await tx
    .select({ title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, scope.trajectoryId)));
  const [recruiter] = participant.recruitedBy
    ? await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, participant.recruitedBy))
    : [];
  const [personal] = await tx
    .select()
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
  const [consent] = await tx
    .select()
    .from(participantConsents)
    .where(inOrg(participantConsents, orgId, eq(participantConsents.participantId, participantId)));
  const notes = await tx
    .select()
    .from(minuteNotes)
    .where(inOrg(minuteNotes, orgId, eq(minuteNotes.participantId, participantId)))
    .orderBy(asc(minuteNotes.createdAt));
  const boardQuotes = notes.length
    ? await tx
        .select({ quote: boardNoteQuotes.quote })
        .from(boardNoteQuotes)
        .where(
          inOrg(
            boardNoteQuotes,
            orgId,
            inArray(
              boardNoteQuotes.minuteNoteId,
              notes.map((n) => n.id),
            ),
          ),
        )
    : [];
  const [link] = await tx
    .select()
    .from(parentLinks)
    .where(inOrg(parentLinks, orgId, eq(parentLinks.participantId, participantId)));
  const reactions = await tx
    .select({ item: agendaItems.title, verdict: agendaReactions.verdict, comment: agendaReactions.comment, updatedAt: agendaReactions.updatedAt })
    .from(agendaReactions)
    .innerJoin(agendaItems, eq(agendaItems.id, agendaReactions.itemId))
    .where(inOrg(agendaReactions, orgId, eq(agendaReactions.participantId, participantId)))
    .orderBy(asc(agendaItems.position));
  const [feedback] = await tx
    .select()
    .from(parentFeedback)
    .where(inOrg(parentFeedback, orgId, eq(parentFeedback.participantId, participantId)));
  const access = await tx
    .select({ entry: accessLog, userName: users.name, userEmail: users.email })
    .from(accessLog)
    .leftJoin(users, eq(users.id, accessLog.actorUserId))
    .where(inOrg(accessLog, orgId, eq(accessLog.participantId, participantId)))
    .orderBy(asc(accessLog.seq));

  return {
    trajectory: trajectory?.title ?? '',
    pseudonym: participant.pseudonym,
    recruitment: {
      kind: participant.kind,
      status: participant.status,
      source: participant.source,
      placeCategory: participant.placeCategory,
      placeName: participant.placeName,
      profileFit: participant.profileFit,
      recruitedBy: recruiter ? recruiter.name || recruiter.email : null,
      createdAt: participant.createdAt,
      erasedAt: participant.erasedAt,
    },
    personal: personal
      ? {
          name: personal.name,
          surname: personal.surname,
          phone: personal.phone,
          email: personal.email,
          address: personal.address,
          callViaContact: personal.callViaContact,
          languages: personal.languages,
          interpreterLanguage: personal.interpreterLanguage,
          needsChildcare: personal.needsChildcare,
          needsTransport: personal.needsTransport,
          diet: personal.diet,
          preferredTime: personal.preferredTime,
          needs: personal.needs,
          compensation: personal.compensation,
          compensationPaid: personal.compensationPaid,
          stayInvolvedContact: personal.stayInvolvedContact,
          updatedAt: personal.updatedAt,
        }
      : null,
    consents: {
      registration: personal?.consentAt ?? null,
      minutes: consent?.minutes ?? null,
      photos: consent?.photos ?? null,
      interpreterLanguage: consent?.interpreterLanguage ?? '',
      interpreterName: consent?.interpreterName ?? '',
      checkedInAt: consent?.checkedInAt ?? null,
      recordedAt: consent?.recordedAt ?? null,
    },
    words: {
      minutes: notes.map((n) => ({ question: n.questionText, summary: n.summary, quotes: n.quotes, at: n.createdAt })),
      boardQuotes: boardQuotes.map((q) => q.quote),
      // Board notes are written on devices that are not linked to a participant: none are attributable.
      agendaReactions: reactions,
      generalReaction: feedback?.generalReaction ?? '',
      involvement: feedback?.involvement ?? [],
    },
    parentPage: link ? { language: link.language, createdAt: link.createdAt, lastVisitAt: link.lastVisitAt } : null,
    accessLog: access.map(({ entry, userName, userEmail }) => ({
      at: entry.at,
      by: entry.actorUserId ? userName || userEmail || entry.actorUserId : null,
      roles: entry.actorRoles,
      action: entry.action,
      screen: entry.screen,
    })),
  };
}

export type ParticipantData = Awaited<ReturnType<typeof gatherParticipantData>>;
