// Shared reads and checks of the minutes operations: the status, the name guard, one change of the draft.
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Tx } from '#app/db/client.server';
import { conversations, minuteNotes, minutes, participantConsents, participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { mayAttribute } from '#app/features/minutes/domain/consent';
import { type ConversationState, EMPTY_CONVERSATION } from '#app/features/console/domain/state';
import { parseQuotes } from '#app/features/minutes/domain/notes';
import { findingsIn, type TextFinding } from '#app/features/privacy/domain/name-guard';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';

export type MinutesStatus = 'draft' | 'finalised';

/** Minutes without a row are a draft: the row is made when they are finalised. */
export async function minutesStatus(orgId: string, trajectoryId: string, tx?: Tx) {
  const [row] = await (tx ?? (await db()))
    .select({ status: minutes.status, finalisedAt: minutes.finalisedAt, finalisedBy: minutes.finalisedBy })
    .from(minutes)
    .where(inOrg(minutes, orgId, eq(minutes.trajectoryId, trajectoryId)));
  return row ?? { status: 'draft' as MinutesStatus, finalisedAt: null, finalisedBy: null };
}

/** Where the texts look identifying and what kind (0 = the first text), each piece once. */
export async function leaksIn({ orgId, trajectoryId }: TrajectoryScope, texts: readonly string[], tx?: Tx): Promise<TextFinding[]> {
  return findingsIn(texts, await knownIdentifiers(tx ?? (await db()), orgId, trajectoryId));
}

/** The note's quotes, one per line; a RuleError on the summary when the text names a participant (nothing is stored then). */
export async function guardedQuotes(scope: TrajectoryScope, text: { summary: string; quotes: string }): Promise<string[]> {
  const quotes = parseQuotes(text.quotes);
  if ((await leaksIn(scope, [text.summary, ...quotes])).length > 0) throw new RuleError('minutes.leakField', 'summary');
  return quotes;
}

type Announce = (kind: string, payload?: Record<string, unknown>) => Promise<void>;

/**
 * One change of the draft minutes, in one transaction: refused once they are final (read-only
 * for everyone), and announced on the minutes channel by the change itself.
 */
export async function changeDraft<T>({ orgId, trajectoryId }: TrajectoryScope, change: (tx: Tx, announce: Announce) => Promise<T>): Promise<T> {
  return (await db()).transaction(async (tx) => {
    if ((await minutesStatus(orgId, trajectoryId, tx)).status !== 'draft') throw new RuleError('minutes.alreadyFinal');
    return change(tx, async (kind, payload) => {
      await publish(tx, { orgId, channel: channelFor(trajectoryId, 'minutes'), kind, payload });
    });
  });
}

/** A note of this trajectory, by id. */
export const noteOf = ({ orgId, trajectoryId }: TrajectoryScope, noteId: string) =>
  inOrg(minuteNotes, orgId, and(eq(minuteNotes.id, noteId), eq(minuteNotes.trajectoryId, trajectoryId)));

/** The row a change returned, or 404 when there was none (another trajectory's note). */
export function found<R>(rows: R[]): R {
  const [row] = rows;
  if (!row) notFound();
  return row;
}

/** Where the conversation is, for the minute-taker: the question and the pseudonym of whoever speaks, never a first name. */
export async function currentTurn({ orgId, trajectoryId }: TrajectoryScope, pseudonyms: Record<string, string>) {
  const [row] = await (
    await db()
  )
    .select({ state: conversations.state })
    .from(conversations)
    .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectoryId)));
  const state: ConversationState = { ...EMPTY_CONVERSATION, ...((row?.state ?? {}) as Partial<ConversationState>) };
  const item = state.queue.find((q) => q.key === state.currentKey);
  const participantId = state.currentParticipantId ?? '';
  return {
    started: state.phase !== 'notStarted',
    questionKey: item?.key ?? '',
    questionText: item?.text ?? '',
    participantId,
    pseudonym: participantId ? (pseudonyms[participantId] ?? '') : '',
  };
}

/** The trajectory's participants who said no to the minutes at the desk, by pseudonym only. */
export async function refusingParticipants(orgId: string, trajectoryId: string, tx?: Tx) {
  return (tx ?? (await db()))
    .select({ participantId: participants.id, pseudonym: participants.pseudonym })
    .from(participantConsents)
    .innerJoin(participants, eq(participants.id, participantConsents.participantId))
    .where(inOrg(participantConsents, orgId, and(eq(participantConsents.trajectoryId, trajectoryId), eq(participantConsents.minutes, false))))
    .orderBy(participants.pseudonym);
}

/** A RuleError when a note would be attributed to a parent who said no to the minutes. */
export async function assertConsent(tx: Tx, orgId: string, participantId: string | null) {
  if (!participantId) return;
  const [row] = await tx
    .select({ minutes: participantConsents.minutes })
    .from(participantConsents)
    .where(inOrg(participantConsents, orgId, eq(participantConsents.participantId, participantId)));
  if (!mayAttribute(row?.minutes)) throw new RuleError('minutes.consentRefused', 'summary');
}

/** Whether any note of the draft is attributed to a parent who said no. */
export async function hasRefusedNotes(tx: Tx, orgId: string, trajectoryId: string) {
  const refusing = (await refusingParticipants(orgId, trajectoryId, tx)).map((p) => p.participantId);
  if (refusing.length === 0) return false;
  const [row] = await tx
    .select({ id: minuteNotes.id })
    .from(minuteNotes)
    .where(inOrg(minuteNotes, orgId, and(eq(minuteNotes.trajectoryId, trajectoryId), inArray(minuteNotes.participantId, refusing))))
    .limit(1);
  return !!row;
}

/** Whether any note of the draft still looks identifying (a note stored before the guard knew better). */
export async function hasIdentifyingNotes(tx: Tx, scope: TrajectoryScope) {
  const notes = await tx
    .select({ summary: minuteNotes.summary, quotes: minuteNotes.quotes })
    .from(minuteNotes)
    .where(inOrg(minuteNotes, scope.orgId, eq(minuteNotes.trajectoryId, scope.trajectoryId)));
  const texts = notes.flatMap((n) => [n.summary, ...n.quotes]);
  return texts.length > 0 && (await leaksIn(scope, texts, tx)).length > 0;
}
