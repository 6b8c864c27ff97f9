import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { consentEvents, consentTexts, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { consentState } from '../domain/state';

/** A participant's consent log, oldest first, with the text each time, and the state it comes to (leads and parent contacts). */
export async function getConsentHistory(scope: TrajectoryScope & { participantId: string }) {
  authorize(scope, 'participants.personalData');
  const rows = await (
    await db()
  )
    .select({
      kind: consentEvents.kind,
      decision: consentEvents.decision,
      at: consentEvents.at,
      how: consentEvents.how,
      language: consentEvents.language,
      recordedBy: users.name,
      version: consentTexts.version,
      text: consentTexts.text,
    })
    .from(consentEvents)
    .leftJoin(consentTexts, eq(consentTexts.id, consentEvents.textId))
    .leftJoin(users, eq(users.id, consentEvents.recordedBy))
    .where(inOrg(consentEvents, scope.orgId, and(eq(consentEvents.participantId, scope.participantId), eq(consentEvents.trajectoryId, scope.trajectoryId))))
    .orderBy(asc(consentEvents.at));
  return { state: consentState(rows), events: rows.map((r) => ({ ...r, at: r.at.toISOString() })) };
}
