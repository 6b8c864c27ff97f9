import { eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { receptions } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { publish } from '#app/realtime/publish.server';
import { lockReception } from './reception-row.server';
import { requireReception } from './require-reception.server';

/** The group agreed that what is said stays in the room; `agreed: false` undoes a mistaken press. */
export async function agreeConfidentiality({ agreed, ...scope }: OrgScope & { trajectoryId: string; agreed: boolean }): Promise<void> {
  const { trajectory, channel } = await requireReception(scope);
  await (
    await db()
  ).transaction(async (tx) => {
    const row = await lockReception(tx, scope.orgId, trajectory.id);
    // Pressing again keeps the first moment: that is when it was agreed.
    const at = agreed ? (row.confidentialityAgreedAt ?? new Date()) : null;
    await tx
      .update(receptions)
      .set({ confidentialityAgreedAt: at, updatedAt: sql`now()` })
      .where(inOrg(receptions, scope.orgId, eq(receptions.trajectoryId, trajectory.id)));
    await publish(tx, {
      orgId: scope.orgId,
      channel,
      kind: 'confidentiality',
      payload: {},
    });
  });
}
