import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { lockReception, updateReception } from './reception-records.server';

/** The group agreed that what is said stays in the room; `agreed: false` undoes a mistaken press. */
export async function agreeConfidentiality(scope: TrajectoryScope & { agreed: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  await (
    await db()
  ).transaction(async (tx) => {
    const row = await lockReception(tx, scope);
    // Pressing again keeps the first moment: that is when it was agreed.
    const at = scope.agreed ? (row.confidentialityAgreedAt ?? new Date()) : null;
    await updateReception(tx, scope, { confidentialityAgreedAt: at }, 'confidentiality');
  });
}
