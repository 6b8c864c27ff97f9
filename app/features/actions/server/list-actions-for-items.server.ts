import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { actionRows, withUpdates } from './actions-records.server';

/** What parents may read of an action ("you said, we did"): no owner's name, no author of an update. */
export type ActionForParents = {
  id: string;
  agendaItemId: string | null;
  title: string;
  status: (typeof actions.$inferSelect)['status'];
  stopReason: string;
  dueOn: string | null;
  nextStep: string;
  partnerName: string | null;
  lastUpdateAt: Date | null;
  updates: { text: string; evidence: string; status: (typeof actions.$inferSelect)['status']; createdAt: Date }[];
};

async function actionsOfTrajectory(orgId: string, trajectoryId: string): Promise<ActionForParents[]> {
  const database = await db();
  const rows = await withUpdates(database, orgId, await actionRows(database, inOrg(actions, orgId, eq(actions.trajectoryId, trajectoryId))));
  return rows.map(({ id, agendaItemId, title, status, stopReason, dueOn, nextStep, partnerName, lastUpdateAt, updates }) => ({
    id,
    agendaItemId,
    title,
    status,
    stopReason,
    dueOn,
    nextStep,
    partnerName,
    lastUpdateAt,
    updates: updates.map(({ text, evidence, status: s, createdAt }) => ({ text, evidence, status: s, createdAt })),
  }));
}

/** The trajectory's actions (due first), each with its agenda item id (null: none) and updates newest first: for the agenda and overview pages. */
export async function listActionsForItems(scope: TrajectoryScope): Promise<ActionForParents[]> {
  authorize(scope, 'trajectory.view');
  return actionsOfTrajectory(scope.orgId, scope.trajectoryId);
}

/** The same for a parent's "you said, we did" page. Authorised by the parent's personal link: takes the row findByLinkToken('parent', …) found. */
export async function listActionsForParentLink({ parentLink }: { parentLink: { orgId: string; trajectoryId: string } }): Promise<ActionForParents[]> {
  return actionsOfTrajectory(parentLink.orgId, parentLink.trajectoryId);
}
