// Shared reads of the console operations: what the console is built from, and its stored state.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { conversations, participantConsents, participantPersonalData, participants, questions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { chosenInOrder } from '#app/features/questions/domain/ordering';
import { createTranslator } from '#app/i18n/catalogue.server';
import { firstNameOf, type Roster } from '../domain/queue';
import { type ConversationState, EMPTY_CONVERSATION } from '../domain/state';

// The conversation is held in Dutch, so the default opening and closing questions are Dutch.
const t = createTranslator('nl');

export type CircleMember = {
  participantId: string;
  pseudonym: string;
  firstName: string;
  /** Said no to the minutes at the desk: the leader sees it next to the name. */
  refusesMinutes: boolean;
};

/**
 * Confirmed (or attended) participants in their default seat order: pseudonym and first name only
 * (the leader addresses people by name). Phone, e-mail, address and needs never leave the database here.
 */
export async function innerCircleRows(database: Db | Tx, orgId: string, trajectoryId: string): Promise<CircleMember[]> {
  const rows = await database
    .select({
      participantId: participants.id,
      pseudonym: participants.pseudonym,
      name: participantPersonalData.name,
      minutes: participantConsents.minutes,
    })
    .from(participants)
    .leftJoin(participantPersonalData, and(eq(participantPersonalData.participantId, participants.id), eq(participantPersonalData.orgId, orgId)))
    .leftJoin(participantConsents, and(eq(participantConsents.participantId, participants.id), eq(participantConsents.orgId, orgId)))
    .where(inOrg(participants, orgId, eq(participants.trajectoryId, trajectoryId), inArray(participants.status, ['confirmed', 'attended'])))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  return rows.map((r) => ({
    participantId: r.participantId,
    pseudonym: r.pseudonym ?? '',
    firstName: firstNameOf(r.name ?? ''),
    refusesMinutes: r.minutes === false,
  }));
}

/** What the console is built from: the inner circle, the chosen questions and the theme. */
export async function consoleRoster(database: Db | Tx, orgId: string, trajectory: { id: string; theme: string }): Promise<Roster> {
  const circle = await innerCircleRows(database, orgId, trajectory.id);
  const all = await database
    .select({
      id: questions.id,
      text: questions.text,
      status: questions.status,
      position: questions.position,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .where(inOrg(questions, orgId, eq(questions.trajectoryId, trajectory.id)));
  const theme = trajectory.theme.trim();
  return {
    participantIds: circle.map((c) => c.participantId),
    opening: theme ? t('console.openingDefault', { theme }) : t('console.openingDefaultNoTheme'),
    closing: t('console.closingDefault'),
    questions: chosenInOrder(all).map((q) => ({ id: q.id, text: q.text })),
  };
}

/** The stored console state (empty and version 0 before the first press); `lock` holds the row for this transaction. */
export async function storedConversation(database: Db | Tx, orgId: string, trajectoryId: string, lock = false) {
  const query = database
    .select({ state: conversations.state, version: conversations.version })
    .from(conversations)
    .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectoryId)));
  const [row] = lock ? await query.for('update') : await query;
  return {
    state: { ...EMPTY_CONVERSATION, ...((row?.state ?? {}) as Partial<ConversationState>) },
    version: row?.version ?? 0,
  };
}
