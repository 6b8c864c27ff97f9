import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import type { RetentionSettings } from '../domain/retention';

/** Sets how many months after a trajectory's last step each kind of personal data is kept (admins). */
export async function updateRetentionSettings({ orgId, actor, participants, listeners, pledges }: OrgScope & RetentionSettings) {
  authorize({ actor }, 'org.manage');
  await (
    await db()
  ).transaction(async (tx) => {
    // The organisations table is the tenant itself: its own id is the scope.
    await tx
      .update(organisations)
      .set({ retentionParticipantMonths: participants, retentionListenerMonths: listeners, retentionPledgeMonths: pledges })
      .where(eq(organisations.id, orgId));
  });
}
