import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import type { UpdateInput } from '../domain/action-fields';
import { recordUpdate, theAction } from './actions-records.server';
import { once } from '#app/utils/submissions.server';

type LinkedOwner = { id: string; orgId: string; trajectoryId: string };

/**
 * An update by the owner's organisation through its personal partner link, without an account.
 * Authorised by the link: takes the partner findPartnerByToken found. Only the partner's own
 * actions in its own trajectory: any other action is a 404. Once per submission key.
 */
export async function addActionUpdateByPartner(input: UpdateInput & { partner: LinkedOwner; actionId: string }) {
  const { partner } = input;
  return (await db()).transaction((tx) =>
    once(tx, partner.orgId, 'actions.addUpdateByPartner', async () => {
      const [action] = await tx
        .select({ id: actions.id })
        .from(actions)
        .where(theAction(partner, input.actionId, eq(actions.partnerId, partner.id)))
        .for('update');
      if (!action) notFound();
      return recordUpdate(tx, { orgId: partner.orgId, trajectoryId: partner.trajectoryId, id: action.id }, { ...input, authorId: null, partnerId: partner.id });
    }),
  );
}
