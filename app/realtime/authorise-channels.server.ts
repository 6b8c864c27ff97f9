// Every channel of a stream is checked on its own: the trajectory's organisation must be the
// signed-in person's, and their role in that trajectory must allow the channel's topic. A board
// channel is open to the board's members (phones with a device token) and to the organisation.
import { and, eq } from 'drizzle-orm';
import { type Actor, canSubscribe } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { boardMembers, boards, memberships, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { parseChannel } from './channels';
import type { AuthorisedChannel } from './hub.server';

export type StreamViewer = { userId: string | null; deviceHash: string | null };

/** The channels with their organisation, or null when any one of them is not allowed. */
export async function authoriseChannels(viewer: StreamViewer, channels: readonly string[]): Promise<AuthorisedChannel[] | null> {
  const database = await db();
  const out: AuthorisedChannel[] = [];
  const membershipIn = async (orgId: string) => {
    if (!viewer.userId) return null;
    const [membership] = await database
      .select({ role: memberships.role })
      .from(memberships)
      .where(inOrg(memberships, orgId, eq(memberships.userId, viewer.userId)))
      .limit(1);
    return membership ?? null;
  };
  for (const channel of channels) {
    const parsed = parseChannel(channel);
    if (!parsed) return null;
    if ('boardId' in parsed) {
      const [board] = await database.select({ orgId: boards.orgId }).from(boards).where(eq(boards.id, parsed.boardId)).limit(1);
      if (!board) return null;
      let allowed = (await membershipIn(board.orgId)) !== null;
      if (!allowed && viewer.deviceHash) {
        const [member] = await database
          .select({ id: boardMembers.id })
          .from(boardMembers)
          .where(inOrg(boardMembers, board.orgId, eq(boardMembers.boardId, parsed.boardId), eq(boardMembers.deviceHash, viewer.deviceHash)))
          .limit(1);
        allowed = Boolean(member);
      }
      if (!allowed) return null;
      out.push({ channel, orgId: board.orgId });
      continue;
    }
    // The trajectory's organisation is what we look up here; everything after is scoped to it.
    const [trajectory] = await database.select({ orgId: trajectories.orgId }).from(trajectories).where(eq(trajectories.id, parsed.trajectoryId)).limit(1);
    if (!trajectory) return null;
    const { orgId } = trajectory;
    const membership = await membershipIn(orgId);
    if (!membership || !viewer.userId) return null;
    const actor: Actor = { userId: viewer.userId, orgRole: membership.role };
    const roles = await database
      .select({ role: trajectoryRoles.role })
      .from(trajectoryRoles)
      .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, parsed.trajectoryId), eq(trajectoryRoles.userId, viewer.userId))));
    if (
      !canSubscribe(
        actor,
        roles.map((r) => r.role),
        parsed.topic,
      )
    )
      return null;
    out.push({ channel, orgId });
  }
  return out;
}
