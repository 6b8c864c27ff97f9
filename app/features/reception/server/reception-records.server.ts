// Shared writes of the welcome desk's operations: the reception row, the listeners' list, one participant's row.
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db, type Tx } from '#app/db/client.server';
import { listeners, participantConsents, participantPersonalData, participants, receptions } from '#app/db/schema';
import { logAccess } from '#app/privacy/access-log.server';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { withListener } from '../domain/rules';

type Where = { orgId: string; trajectoryId: string };

/** An id from a form or link: anything but a uuid is simply not there. */
const assertId = (id: unknown) => {
  if (!z.uuid().safeParse(id).success) notFound();
};

/** The trajectory's reception row, created when missing and locked for this transaction. */
export async function lockReception(tx: Tx, { orgId, trajectoryId }: Where) {
  await tx.insert(receptions).values({ orgId, trajectoryId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(receptions)
    .where(inOrg(receptions, orgId, eq(receptions.trajectoryId, trajectoryId)))
    .for('update');
  if (!row) notFound();
  return row;
}

/** Changes the reception row and announces it on the reception channel. */
export async function updateReception(tx: Tx, { orgId, trajectoryId }: Where, set: Partial<typeof receptions.$inferInsert>, kind: string, payload = {}) {
  await tx
    .update(receptions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(inOrg(receptions, orgId, eq(receptions.trajectoryId, trajectoryId)));
  await publish(tx, { orgId, channel: channelFor(trajectoryId, 'reception'), kind, payload });
}

/** Adds or removes a listener of this trajectory on the checked-in list, and announces it. */
export async function setListenerPresent(tx: Tx, where: Where & { listenerId: string; present: boolean }) {
  const { orgId, trajectoryId, listenerId, present } = where;
  assertId(listenerId);
  const [listener] = await tx
    .select({ id: listeners.id })
    .from(listeners)
    .where(inOrg(listeners, orgId, and(eq(listeners.id, listenerId), eq(listeners.trajectoryId, trajectoryId))));
  if (!listener) notFound();
  const row = await lockReception(tx, where);
  await updateReception(
    tx,
    where,
    { listenersPresent: withListener(row.listenersPresent, listener.id, present) },
    present ? 'listener_checkin' : 'listener_checkin_undone',
    {
      listenerId: listener.id,
    },
  );
}

type Participant = typeof participants.$inferSelect;
type DeskAnswers = Partial<
  Pick<typeof participantConsents.$inferInsert, 'checkedInAt' | 'minutes' | 'photos' | 'recordedBy' | 'recordedAt' | 'interpreterLanguage' | 'interpreterName'>
>;

/**
 * One change at the desk for one participant of this trajectory (404 otherwise), in one
 * transaction: the participant is locked, `change` says what to store in their row of today's
 * answers (and may change more, or throw a RuleError), and the reception channel hears `kind`.
 */
export async function atDesk(
  scope: TrajectoryScope,
  participantId: string,
  kind: string,
  change: (participant: Participant, tx: Tx) => Promise<DeskAnswers> | DeskAnswers,
): Promise<void> {
  const { orgId, trajectoryId } = scope;
  await (
    await db()
  ).transaction(async (tx) => {
    assertId(participantId);
    const [participant] = await tx
      .select()
      .from(participants)
      .where(inOrg(participants, orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, trajectoryId))))
      .for('update');
    if (!participant) notFound();
    const set = await change(participant, tx);
    await tx
      .insert(participantConsents)
      .values({ participantId: participant.id, orgId, trajectoryId, ...set })
      .onConflictDoUpdate({ target: participantConsents.participantId, set, setWhere: eq(participantConsents.orgId, orgId) });
    await publish(tx, { orgId, channel: channelFor(trajectoryId, 'reception'), kind, payload: { participantId: participant.id } });
    await logAccess(tx, scope, { participantIds: [participant.id], action: 'change', screen: `reception.${kind}` });
  });
}

/** Whether a participant of this trajectory gave consent to keep their personal data (the sign-up page records it). */
export async function consentOnFile(tx: Tx, { orgId, trajectoryId }: Where, participantId: string): Promise<boolean> {
  const [row] = await tx
    .select({ consentAt: participantPersonalData.consentAt })
    .from(participantPersonalData)
    .where(
      inOrg(
        participantPersonalData,
        orgId,
        and(eq(participantPersonalData.participantId, participantId), eq(participantPersonalData.trajectoryId, trajectoryId)),
      ),
    );
  return row?.consentAt != null;
}

/** Every pseudonym ever given in the trajectory: none is given twice (cancelled participants keep theirs). */
export async function pseudonymsInUse(tx: Tx, { orgId, trajectoryId }: Where): Promise<string[]> {
  const rows = await tx
    .select({ pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, orgId, and(eq(participants.trajectoryId, trajectoryId), isNotNull(participants.pseudonym))));
  return rows.flatMap((r) => (r.pseudonym ? [r.pseudonym] : []));
}

/** Two desks giving a pseudonym at the same moment may pick the same letter: the unique index refuses one; try again. */
export async function retryOnPseudonymClash<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const e = error as { code?: string; cause?: { code?: string } } | null;
      if (attempt >= 3 || (e?.code !== '23505' && e?.cause?.code !== '23505')) throw error;
    }
  }
}
