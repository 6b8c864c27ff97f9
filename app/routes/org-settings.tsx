import { data, Form, redirect, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { canInviteAs, canInviteMembers, canManageOrganisation, canManageTeams, orgRoles } from '#app/auth/permissions';
import {
  Alert,
  Button,
  DataList,
  FormErrorSummary,
  Heading,
  Paragraph,
  RadioGroup,
  SelectField,
  StatusBadge,
  TextField,
  type FormState,
} from '#app/components/ui';
import { orgKindKey, orgKinds, orgRoleKey, teamKindKey, teamKinds } from '#app/features/organisations/domain/labels';
import { addTeam } from '#app/features/organisations/server/add-team.server';
import { changeMemberRole } from '#app/features/organisations/server/change-member-role.server';
import { inviteMember } from '#app/features/organisations/server/invite-member.server';
import { listInvitations } from '#app/features/organisations/server/list-invitations.server';
import { listMembers } from '#app/features/organisations/server/list-members.server';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { removeMember } from '#app/features/organisations/server/remove-member.server';
import { removeTeam } from '#app/features/organisations/server/remove-team.server';
import { renameTeam } from '#app/features/organisations/server/rename-team.server';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { revokeInvitation } from '#app/features/organisations/server/revoke-invitation.server';
import { updateOrganisation } from '#app/features/organisations/server/update-organisation.server';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { f, fieldFailure, parseForm } from '#app/utils/forms';
import { forbidden } from '#app/utils/http.server';
import type { Route } from './+types/org-settings';

async function requireSettings(request: Request, slug: string | undefined) {
  const ctx = await requireOrg(request, slug);
  if (!canInviteMembers(ctx.actor)) forbidden();
  return ctx;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireSettings(request, params.org);
  const scope = { orgId: ctx.orgId, actor: ctx.actor };
  const [teams, members, invitations] = await Promise.all([listTeams(scope), listMembers(scope), listInvitations(scope)]);
  return {
    org: ctx.org,
    me: ctx.actor.userId,
    canManage: canManageOrganisation(ctx.actor),
    canManageTeams: canManageTeams(ctx.actor),
    invitableRoles: orgRoles.filter((role) => canInviteAs(ctx.actor, role)),
    teams,
    members,
    invitations,
  };
}

const ZIntent = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('org'), name: f.required(100), kind: f.choice(orgKinds) }),
  z.object({ intent: z.literal('team-add'), name: f.required(100), kind: f.choice(teamKinds) }),
  z.object({ intent: z.literal('team-rename'), teamId: f.uuid(), name: f.required(100) }),
  z.object({ intent: z.literal('team-remove'), teamId: f.uuid() }),
  z.object({ intent: z.literal('member-role'), userId: f.uuid(), role: f.choice(orgRoles) }),
  z.object({ intent: z.literal('member-remove'), userId: f.uuid() }),
  z.object({ intent: z.literal('invite'), email: f.email(), role: f.choice(orgRoles) }),
  z.object({ intent: z.literal('revoke'), invitationId: f.uuid() }),
]);

type Done = { ok: true; intent: string; message: MessageKey; vars?: Record<string, string>; stamp: number };

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireSettings(request, params.org);
  const scope = { orgId: ctx.orgId, actor: ctx.actor };
  const form = await request.formData();
  const parsed = parseForm(ZIntent, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const done = (message: MessageKey, vars?: Record<string, string>): Done => ({ ok: true, intent: input.intent, message, vars, stamp: Date.now() });
  const fail = (field: string, message: MessageKey) => data(fieldFailure(form, field, message), { status: 400 });

  switch (input.intent) {
    case 'org':
      await updateOrganisation({ ...scope, name: input.name, kind: input.kind });
      return done('common.saved');
    case 'team-add': {
      const result = await addTeam({ ...scope, name: input.name, kind: input.kind });
      return result.ok ? done('org.teamAdded', { name: input.name }) : fail('name', 'org.teamNameTaken');
    }
    case 'team-rename': {
      const result = await renameTeam({ ...scope, teamId: input.teamId, name: input.name });
      return result.ok ? done('org.teamRenamed') : fail('name', 'org.teamNameTaken');
    }
    case 'team-remove': {
      const removed = await removeTeam({ ...scope, teamId: input.teamId });
      return done('org.teamRemoved', { name: removed.name });
    }
    case 'member-role': {
      const result = await changeMemberRole({ ...scope, userId: input.userId, role: input.role });
      if (!result.ok) return fail('role', 'org.lastAdmin');
      // Someone who gave away their own admin or coordinator role may no longer be on this page.
      if (input.userId === ctx.actor.userId && !canInviteMembers({ ...ctx.actor, orgRole: input.role })) throw redirect(`/o/${ctx.org.slug}`);
      return done('org.memberRoleChanged');
    }
    case 'member-remove': {
      const result = await removeMember({ ...scope, userId: input.userId });
      if (!result.ok) return fail('_form', 'org.lastAdmin');
      if (input.userId === ctx.actor.userId) throw redirect('/');
      return done('org.memberRemoved');
    }
    case 'invite': {
      const result = await inviteMember({
        ...scope,
        email: input.email,
        role: input.role,
        inviterName: ctx.user.name || ctx.user.email,
        locale: ctx.user.locale,
      });
      return result.ok ? done('org.inviteSent', { email: input.email }) : fail('email', 'org.alreadyMember');
    }
    case 'revoke':
      await revokeInvitation({ ...scope, invitationId: input.invitationId });
      return done('org.invitationRevoked');
  }
}

type ActionState = ReturnType<typeof useActionData<typeof action>>;

/** The failed state of one particular form on this page (several forms share field names). */
function failureFor(state: ActionState, intent: string, idField?: string, id?: string): FormState {
  if (!state || !('errors' in state)) return undefined;
  if (state.values.intent !== intent) return undefined;
  if (idField && state.values[idField] !== id) return undefined;
  return state;
}

function Success({ state, intent }: { state: ActionState; intent: string | string[] }) {
  const { t } = useI18n();
  if (!state || !('message' in state) || !(Array.isArray(intent) ? intent : [intent]).includes(state.intent)) return null;
  return <Alert type="ok">{t(state.message, state.vars)}</Alert>;
}

export default function OrgSettings() {
  const { org, me, canManage, canManageTeams: mayEditTeams, invitableRoles, teams, members, invitations } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  // A new key after each success clears the "add" forms; after a failure they keep what was typed.
  const stamp = state && 'stamp' in state ? state.stamp : 0;
  const orgState = failureFor(state, 'org');
  const addTeamState = failureFor(state, 'team-add');
  const inviteState = failureFor(state, 'invite');

  return (
    <div className="spiegel-page">
      <title>{`${t('org.settingsTitle')} · Spiegel`}</title>
      <Heading level={1}>{t('org.settingsTitle')}</Heading>

      <section aria-labelledby="details" className="spiegel-stack">
        <Heading level={2} id="details">
          {t('org.detailsTitle')}
        </Heading>
        <Success state={state} intent="org" />
        {canManage ? (
          <>
            <FormErrorSummary state={orgState} />
            <Form method="post" className="spiegel-stack" noValidate>
              <input type="hidden" name="intent" value="org" />
              <TextField idPrefix="org" name="name" label={t('org.nameLabel')} defaultValue={org.name} state={orgState} autoComplete="organization" required />
              <RadioGroup
                idPrefix="org"
                name="kind"
                label={t('org.kindLabel')}
                defaultValue={org.kind}
                state={orgState}
                options={orgKinds.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))}
              />
              <Paragraph>
                {t('org.shortAddress')}: <code>/o/{org.slug}</code>
              </Paragraph>
              <Button>{t('org.saveDetails')}</Button>
            </Form>
          </>
        ) : (
          <>
            <DataList
              items={[
                { key: t('org.nameLabel'), value: org.name },
                { key: t('org.kindLabel'), value: t(orgKindKey(org.kind)) },
                { key: t('org.shortAddress'), value: `/o/${org.slug}` },
              ]}
            />
            <Paragraph>{t('org.detailsReadOnly')}</Paragraph>
          </>
        )}
      </section>

      <section aria-labelledby="teams" className="spiegel-stack">
        <Heading level={2} id="teams">
          {t('org.teamsTitle')}
        </Heading>
        <Paragraph>{t('org.teamsIntro')}</Paragraph>
        <Success state={state} intent={['team-rename', 'team-remove']} />
        {teams.length === 0 ? <Paragraph>{t('org.teamsEmpty')}</Paragraph> : null}
        <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
          {teams.map((team) => {
            const renameState = failureFor(state, 'team-rename', 'teamId', team.id);
            return (
              <li key={team.id} className="spiegel-card spiegel-stack" data-testid="team">
                <Paragraph>
                  <strong>{team.name}</strong> <StatusBadge>{t(teamKindKey(team.kind))}</StatusBadge>
                </Paragraph>
                {mayEditTeams ? (
                  <>
                    <Form method="post" className="spiegel-inline" noValidate>
                      <input type="hidden" name="intent" value="team-rename" />
                      <input type="hidden" name="teamId" value={team.id} />
                      <TextField
                        idPrefix={`team-${team.id}`}
                        name="name"
                        label={t('org.teamRenameLabel', { name: team.name })}
                        defaultValue={team.name}
                        state={renameState}
                        required
                      />
                      <Button appearance="secondary">{t('org.teamRename')}</Button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="intent" value="team-remove" />
                      <input type="hidden" name="teamId" value={team.id} />
                      <Button appearance="danger">{t('org.teamRemoveLabel', { name: team.name })}</Button>
                    </Form>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
        {mayEditTeams ? (
          <div className="spiegel-stack">
            <Heading level={3}>{t('org.teamAddTitle')}</Heading>
            <Success state={state} intent="team-add" />
            <FormErrorSummary state={addTeamState} />
            <Form method="post" className="spiegel-stack" noValidate key={`team-add-${addTeamState ? 'failed' : stamp}`}>
              <input type="hidden" name="intent" value="team-add" />
              <TextField idPrefix="team-add" name="name" label={t('org.teamNameLabel')} state={addTeamState} required />
              <RadioGroup
                idPrefix="team-add"
                name="kind"
                label={t('org.teamKindLabel')}
                defaultValue="neighbourhood"
                state={addTeamState}
                options={teamKinds.map((kind) => ({ value: kind, label: t(teamKindKey(kind)) }))}
              />
              <Button>{t('org.teamAdd')}</Button>
            </Form>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="members" className="spiegel-stack">
        <Heading level={2} id="members">
          {t('org.membersTitle')}
        </Heading>
        <Paragraph>{t('org.membersIntro')}</Paragraph>
        <Paragraph>{t('org.rolesExplained')}</Paragraph>
        <Success state={state} intent={['member-role', 'member-remove']} />
        <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
          {members.map((member) => {
            const label = member.name || member.email;
            const roleState = failureFor(state, 'member-role', 'userId', member.userId);
            const removeState = failureFor(state, 'member-remove', 'userId', member.userId);
            return (
              <li key={member.userId} className="spiegel-card spiegel-stack" data-testid="member">
                <Paragraph>
                  <strong>{label}</strong> {member.userId === me ? t('org.memberYou') : null}
                  {member.name ? (
                    <>
                      <br />
                      {member.email}
                    </>
                  ) : null}
                </Paragraph>
                {canManage ? (
                  <>
                    <Form method="post" className="spiegel-inline">
                      <input type="hidden" name="intent" value="member-role" />
                      <input type="hidden" name="userId" value={member.userId} />
                      <SelectField
                        idPrefix={`member-${member.userId}`}
                        name="role"
                        label={t('org.memberRoleLabel', { name: label })}
                        defaultValue={member.role}
                        state={roleState}
                        options={orgRoles.map((role) => ({ value: role, label: t(orgRoleKey(role)) }))}
                      />
                      <Button appearance="secondary">{t('org.memberChangeRole')}</Button>
                    </Form>
                    {removeState ? <FormErrorSummary state={removeState} /> : null}
                    <Form method="post">
                      <input type="hidden" name="intent" value="member-remove" />
                      <input type="hidden" name="userId" value={member.userId} />
                      <Button appearance="danger">{t('org.memberRemove', { name: label })}</Button>
                    </Form>
                  </>
                ) : (
                  <Paragraph>{t('org.memberRole', { role: t(orgRoleKey(member.role)) })}</Paragraph>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="invitations" className="spiegel-stack">
        <Heading level={2} id="invitations">
          {t('org.invitationsTitle')}
        </Heading>
        <Heading level={3}>{t('org.inviteTitle')}</Heading>
        <Paragraph>{t('org.inviteIntro')}</Paragraph>
        <Success state={state} intent="invite" />
        <FormErrorSummary state={inviteState} />
        <Form method="post" className="spiegel-stack" noValidate key={`invite-${inviteState ? 'failed' : stamp}`}>
          <input type="hidden" name="intent" value="invite" />
          <TextField idPrefix="invite" name="email" type="email" label={t('org.inviteEmailLabel')} state={inviteState} autoComplete="off" required />
          <SelectField
            idPrefix="invite"
            name="role"
            label={t('org.inviteRoleLabel')}
            defaultValue="member"
            state={inviteState}
            options={invitableRoles.map((role) => ({ value: role, label: t(orgRoleKey(role)) }))}
          />
          <Button>{t('org.inviteSend')}</Button>
        </Form>

        <Heading level={3}>{t('org.openInvitations')}</Heading>
        <Success state={state} intent="revoke" />
        {invitations.length === 0 ? <Paragraph>{t('org.openInvitationsEmpty')}</Paragraph> : null}
        <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
          {invitations.map((invitation) => (
            <li key={invitation.id} className="spiegel-card spiegel-stack" data-testid="invitation">
              <Paragraph>
                <strong>{t('org.invitationLine', { email: invitation.email, role: t(orgRoleKey(invitation.role)) })}</strong>
                <br />
                {t('org.invitationExpires', { when: formatDate(invitation.expiresAt, locale, true) })}
              </Paragraph>
              {invitableRoles.includes(invitation.role) ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <Button appearance="secondary">{t('org.invitationRevoke', { email: invitation.email })}</Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
