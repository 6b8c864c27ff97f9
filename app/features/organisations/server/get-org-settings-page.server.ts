import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can, canInviteAs, orgRoles } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { orgBranding } from '#app/db/org-branding.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { listInvitations } from './list-invitations.server';
import { listMembers } from './list-members.server';
import { listTeams } from './list-teams.server';

/** The settings page: for those who may invite (admins and coordinators); what each of them may change. */
export async function getOrgSettingsPage({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.invite');
  const scope = { orgId, actor };
  const canManage = can({ actor }, 'org.manage');
  const [teams, members, invitations, embeddings, branding] = await Promise.all([
    listTeams(scope),
    listMembers(scope),
    listInvitations(scope),
    // The embeddings service is for admins only, like changing it.
    canManage
      ? (await db())
          .select({ url: organisations.embeddingsUrl, model: organisations.embeddingsModel })
          .from(organisations)
          .where(eq(organisations.id, orgId))
          .then(([row]) => row ?? null)
      : null,
    // The colour and logo of the reports, for admins: the logo by its version, which the page's image address carries.
    can({ actor }, 'org.branding') ? orgBranding(orgId).then(({ accent, logo }) => ({ accent, logoVersion: logo ? logo.updatedAt.getTime() : null })) : null,
  ]);
  return {
    me: actor.userId,
    canManage,
    embeddings,
    branding,
    canManageTeams: can({ actor }, 'org.manageTeams'),
    invitableRoles: orgRoles.filter((role) => canInviteAs(actor, role)),
    teams,
    members,
    invitations,
  };
}
