import { data, redirect, useActionData, useLoaderData } from 'react-router';
import type { z } from 'zod';
import { can } from '#app/auth/permissions';
import { Link, Page, Section } from '#app/components/ui';
import { ZOrgSettings } from '#app/features/organisations/forms';
import { MAX_LOGO_BYTES } from '#app/features/organisations/domain/branding';
import { addTeam } from '#app/features/organisations/server/add-team.server';
import { changeMemberRole } from '#app/features/organisations/server/change-member-role.server';
import { getOrgSettingsPage } from '#app/features/organisations/server/get-org-settings-page.server';
import { inviteMember } from '#app/features/organisations/server/invite-member.server';
import { removeLogo } from '#app/features/organisations/server/remove-logo.server';
import { removeMember } from '#app/features/organisations/server/remove-member.server';
import { removeTeam } from '#app/features/organisations/server/remove-team.server';
import { renameTeam } from '#app/features/organisations/server/rename-team.server';
import { type OrgContext, requireOrg } from '#app/features/organisations/server/require-org.server';
import { revokeInvitation } from '#app/features/organisations/server/revoke-invitation.server';
import { updateAccent } from '#app/features/organisations/server/update-accent.server';
import { updateEmbeddings } from '#app/features/organisations/server/update-embeddings.server';
import { updateOrganisation } from '#app/features/organisations/server/update-organisation.server';
import { uploadLogo } from '#app/features/organisations/server/upload-logo.server';
import { BrandingSection } from '#app/features/organisations/ui/branding-section';
import { EmbeddingsSection } from '#app/features/organisations/ui/embeddings-section';
import { DetailsSection, InvitationsSection, MembersSection, type SettingsDone, TeamsSection } from '#app/features/organisations/ui/settings-sections';
import { type MessageKey, useI18n } from '#app/i18n/i18n';
import { formDataWithin } from '#app/utils/form-data.server';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/org-settings';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { org: ctx.org, ...(await getOrgSettingsPage(ctx)) };
}

// Room for a logo a little too large (so its message shows next to the field, the colour kept) and the other fields.
const MAX_FORM_BYTES = 10 * MAX_LOGO_BYTES;

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  const form = await formDataWithin(request, MAX_FORM_BYTES);
  if (!form) return data({ ok: false as const, errors: { logo: 'org.logoTooLarge' as const }, values: {}, intent: 'logo', target: '' }, { status: 413 });
  return handleForm(form, ZOrgSettings, (input) => run(ctx, input, form));
}

async function run(ctx: OrgContext, input: z.output<typeof ZOrgSettings>, form: FormData): Promise<SettingsDone> {
  const scope = { orgId: ctx.orgId, actor: ctx.actor };
  const done = (message: MessageKey, vars?: Record<string, string>): SettingsDone => ({ message, vars, stamp: Date.now() });
  switch (input.intent) {
    case 'org':
      await updateOrganisation({ ...scope, name: input.name, kind: input.kind });
      return done('common.saved');
    case 'team-add':
      await addTeam({ ...scope, name: input.name, kind: input.kind });
      return done('org.teamAdded', { name: input.name });
    case 'team-rename':
      await renameTeam({ ...scope, teamId: input.teamId, name: input.name });
      return done('org.teamRenamed');
    case 'team-remove':
      return done('org.teamRemoved', { name: (await removeTeam({ ...scope, teamId: input.teamId })).name });
    case 'member-role':
      await changeMemberRole({ ...scope, userId: input.userId, role: input.role });
      // Someone who gave away their own admin or coordinator role may no longer be on this page.
      if (input.userId === ctx.actor.userId && !can({ actor: { ...ctx.actor, orgRole: input.role } }, 'org.invite')) throw redirect(`/o/${ctx.org.slug}`);
      return done('org.memberRoleChanged');
    case 'member-remove':
      await removeMember({ ...scope, userId: input.userId });
      if (input.userId === ctx.actor.userId) throw redirect('/');
      return done('org.memberRemoved');
    case 'invite':
      await inviteMember({ ...scope, email: input.email, role: input.role, inviterName: ctx.user.name || ctx.user.email, locale: ctx.user.locale });
      return done('org.inviteSent', { email: input.email });
    case 'revoke':
      await revokeInvitation({ ...scope, invitationId: input.invitationId });
      return done('org.invitationRevoked');
    case 'embeddings':
      await updateEmbeddings({ ...scope, embeddingsUrl: input.embeddingsUrl, embeddingsModel: input.embeddingsModel });
      return done('org.embeddingsSaved');
    case 'accent':
      await updateAccent({ ...scope, accent: input.accentText || input.accent });
      return done('org.accentSaved');
    case 'logo': {
      const file = form.get('logo');
      await uploadLogo({ ...scope, bytes: file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0) });
      return done('org.logoSaved');
    }
    case 'logo-remove':
      await removeLogo(scope);
      return done('org.logoRemoved');
  }
}

export default function OrgSettings() {
  const { org, me, canManage, canManageTeams, invitableRoles, teams, members, invitations, embeddings, branding } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <Page title={t('org.settingsTitle')}>
      <DetailsSection org={org} canManage={canManage} result={result} />
      <TeamsSection teams={teams} canEdit={canManageTeams} result={result} />
      <MembersSection members={members} me={me} canManage={canManage} result={result} />
      <InvitationsSection invitations={invitations} invitableRoles={invitableRoles} result={result} />
      {branding ? <BrandingSection branding={branding} orgName={org.name} logoUrl={`/o/${org.slug}/settings/logo`} result={result} /> : null}
      {embeddings ? <EmbeddingsSection embeddings={embeddings} result={result} /> : null}
      {canManage ? (
        <Section id="sso" title={t('sso.settingsTitle')}>
          <Link to={`/o/${org.slug}/settings/sso`}>{t('sso.settingsLink')}</Link>
        </Section>
      ) : null}
    </Page>
  );
}
