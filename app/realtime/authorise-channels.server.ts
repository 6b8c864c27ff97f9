// Every channel of a stream is checked on its own: the trajectory's organisation must be the
// signed-in person's, and their role in that trajectory must allow the channel's topic.
import { and, eq } from 'drizzle-orm';
import { type Actor, canSubscribe } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { parseChannel } from './channels';
import type { AuthorisedChannel } from './hub.server';

/** The channels with their organisation, or null when any one of them is not allowed. */
export async function authoriseChannels(userId: string, channels: readonly string[]): Promise<AuthorisedChannel[] | null> {
  const database = await db();
  const out: AuthorisedChannel[] = [];
  for (const channel of channels) {
    const parsed = parseChannel(channel);
    if (!parsed) return null;
    // The trajectory's organisation is what we look up here; everything after is scoped to it.
    const [trajectory] = await database
      .select({ orgId: trajectories.orgId })
      .from(trajectories)
      .where(eq(trajectories.id, parsed.trajectoryId))
      .limit(1);
    if (!trajectory) return null;
    const { orgId } = trajectory;
    const [membership] = await database
      .select({ role: memberships.role })
      .from(memberships)
      .where(inOrg(memberships, orgId, eq(memberships.userId, userId)))
      .limit(1);
    if (!membership) return null;
    const actor: Actor = { userId, orgRole: membership.role };
    const roles = await database
      .select({ role: trajectoryRoles.role })
      .from(trajectoryRoles)
      .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, parsed.trajectoryId), eq(trajectoryRoles.userId, userId))));
    if (!canSubscribe(actor, roles.map((r) => r.role), parsed.topic)) return null;
    out.push({ channel, orgId });
  }
  return out;
}
