import { count, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { trajectories, voices } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { quotesField, summaryField } from '../domain/contribution';
import { contributionUrl, minutesFinal, questionsFor } from './voices-records.server';

/**
 * The workgroup's page for other voices: the anonymous contribution link with its QR code (when it
 * was made), how many contributions and conversations came in, and the questions for recording an
 * individual conversation. Holds no personal data: every member of the trajectory may look.
 */
export async function getVoicesPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  const database = await db();
  const [row] = await database
    .select({ token: trajectories.contributionToken, open: trajectories.contributionOpen })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  const counts = await database
    .select({ kind: voices.kind, n: count() })
    .from(voices)
    .where(inOrg(voices, orgId, eq(voices.trajectoryId, trajectoryId)))
    .groupBy(voices.kind);
  const final = await minutesFinal(database, scope);
  const url = row?.token ? contributionUrl(row.token) : null;
  return {
    link: url ? { url, open: !!row?.open, qr: await qrSvg(url) } : null,
    canEditLink: can(scope, 'trajectory.edit'),
    canRecord: !final && can(scope, 'minutes.write'),
    minutesFinal: final,
    contributions: counts.find((c) => c.kind === 'contribution')?.n ?? 0,
    conversations: counts.find((c) => c.kind === 'conversation')?.n ?? 0,
    questions: (await questionsFor(database, scope)).map((q) => ({
      field: q.field,
      text: q.dutch,
      summary: summaryField(q.field),
      quotes: quotesField(q.field),
    })),
  };
}
