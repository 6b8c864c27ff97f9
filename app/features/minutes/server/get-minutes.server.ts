import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { minuteNotes, participants, voices } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { currentTurn, minutesStatus, refusingParticipants } from './minutes-records.server';

/**
 * The minutes as the reader may see them: final minutes for everyone in the organisation, a draft
 * only for the minute-taker, the leads and the conversation leader (403 for anyone else).
 * Participants appear by pseudonym only. Writers also get where the conversation is now.
 */
export async function getMinutes(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const trajectory = await loadTrajectory(scope);
  const state = await minutesStatus(scope.orgId, trajectory.id);
  if (state.status === 'draft') authorize(scope, 'minutes.readDraft');
  const database = await db();
  const people = await database
    .select({ id: participants.id, pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, trajectory.id)));
  const pseudonyms = Object.fromEntries(people.map((p) => [p.id, p.pseudonym ?? '']));
  const notes = await database
    .select({
      id: minuteNotes.id,
      questionKey: minuteNotes.questionKey,
      questionText: minuteNotes.questionText,
      participantId: minuteNotes.participantId,
      // An answer given outside the group (X1): its contribution or conversation, marked as such.
      voiceId: minuteNotes.voiceId,
      voiceKind: voices.kind,
      voicePseudonym: voices.pseudonym,
      voiceConsent: voices.consent,
      kind: minuteNotes.kind,
      summary: minuteNotes.summary,
      quotes: minuteNotes.quotes,
      tags: minuteNotes.tags,
      consentWithdrawnAt: minuteNotes.consentWithdrawnAt,
      createdAt: minuteNotes.createdAt,
    })
    .from(minuteNotes)
    .leftJoin(voices, and(eq(voices.id, minuteNotes.voiceId), eq(voices.orgId, scope.orgId)))
    .where(inOrg(minuteNotes, scope.orgId, eq(minuteNotes.trajectoryId, trajectory.id)))
    .orderBy(asc(minuteNotes.createdAt));
  const canWrite = state.status === 'draft' && can(scope, 'minutes.write');
  const canResolve = state.status === 'finalised' && can(scope, 'minutes.resolveConsent');
  // Parents who said no to the minutes, by pseudonym: the writers must not note their words.
  const refusing = (await refusingParticipants(scope.orgId, trajectory.id)).map((p) => ({ participantId: p.participantId, pseudonym: p.pseudonym ?? '' }));
  const current = canWrite ? await currentTurn(scope, pseudonyms) : null;
  return {
    trajectory,
    status: state.status,
    finalisedAt: state.finalisedAt,
    canWrite,
    canResolve,
    refusing,
    // Only the pseudonym of whoever speaks: the console's first names stay on the console.
    now: current ? { ...current, refuses: refusing.some((p) => p.participantId === current.participantId) } : null,
    notes: notes.map(({ consentWithdrawnAt, voiceKind, voicePseudonym, voiceConsent, ...n }) => {
      const pseudonym = n.participantId ? (pseudonyms[n.participantId] ?? '') : (voicePseudonym ?? '');
      const voice = n.voiceId && voiceKind && voiceConsent ? { id: n.voiceId, kind: voiceKind, consent: voiceConsent } : null;
      // A withdrawn parent's words are shown only to the lead who resolves them.
      if (consentWithdrawnAt && !canResolve) return { ...n, pseudonym, voice, withdrawn: true, summary: '', quotes: [] };
      return { ...n, pseudonym, voice, withdrawn: !!consentWithdrawnAt };
    }),
  };
}
