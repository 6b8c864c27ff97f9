// The four parts of the organisation settings page (details, teams, members, invitations).
import { Form } from 'react-router';
import type { OrgRole } from '#app/auth/permissions';
import { Alert, Button, DataList, FormErrorSummary, Heading, Paragraph, RadioGroup, SelectField, StatusBadge, TextField, Section } from '#app/components/ui';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import { orgKindKey, orgKinds, orgRoleKey, teamKindKey, teamKinds } from '../domain/labels';
import { orgRoles } from '#app/auth/permissions';

/** What a settings form answers on success: the message to show, and a stamp that empties the "add" forms. */
export type SettingsDone = { message: MessageKey; vars?: Record<string, string>; stamp: number };
export type SettingsAnswer = FormAnswer<SettingsDone> | undefined;

function Success({ result, intents }: { result: SettingsAnswer; intents: string[] }) {
  const { t } = useI18n();
  const done = result?.ok && intents.some((intent) => succeeded(result, intent)) ? result.value : undefined;
  return done ? <Alert type="ok">{t(done.message, done.vars)}</Alert> : null;
}

const stampOf = (result: SettingsAnswer) => (result?.ok ? result.value.stamp : 0);

export function DetailsSection({ org, canManage, result }: { org: { name: string; kind: string; slug: string }; canManage: boolean; result: SettingsAnswer }) {
  const { t } = useI18n();
  const state = stateFor(result, 'org');
  return (
    <Section id="details" title={t('org.detailsTitle')}>
      <Success result={result} intents={['org']} />
      {canManage ? (
        <>
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="org" />
            <TextField idPrefix="org" name="name" label={t('org.nameLabel')} defaultValue={org.name} state={state} autoComplete="organization" required />
            <RadioGroup
              idPrefix="org"
              name="kind"
              label={t('org.kindLabel')}
              defaultValue={org.kind}
              state={state}
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
    </Section>
  );
}

type Team = { id: string; name: string; kind: string };

export function TeamsSection({ teams, canEdit, result }: { teams: Team[]; canEdit: boolean; result: SettingsAnswer }) {
  const { t } = useI18n();
  const addState = stateFor(result, 'team-add');
  return (
    <Section id="teams" title={t('org.teamsTitle')} intro={t('org.teamsIntro')}>
      <Success result={result} intents={['team-rename', 'team-remove']} />
      {teams.length === 0 ? <Paragraph>{t('org.teamsEmpty')}</Paragraph> : null}
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {teams.map((team) => (
          <li key={team.id} className="spiegel-card spiegel-stack" data-testid="team">
            <Paragraph>
              <strong>{team.name}</strong> <StatusBadge>{t(teamKindKey(team.kind))}</StatusBadge>
            </Paragraph>
            {canEdit ? (
              <>
                <Form method="post" className="spiegel-inline" noValidate>
                  <input type="hidden" name="intent" value="team-rename" />
                  <input type="hidden" name="teamId" value={team.id} />
                  <input type="hidden" name="target" value={team.id} />
                  <TextField
                    idPrefix={`team-${team.id}`}
                    name="name"
                    label={t('org.teamRenameLabel', { name: team.name })}
                    defaultValue={team.name}
                    state={stateFor(result, 'team-rename', team.id)}
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
        ))}
      </ul>
      {canEdit ? (
        <div className="spiegel-stack">
          <Heading level={3}>{t('org.teamAddTitle')}</Heading>
          <Success result={result} intents={['team-add']} />
          <FormErrorSummary state={addState} />
          <Form method="post" className="spiegel-stack" noValidate key={`team-add-${addState ? 'failed' : stampOf(result)}`}>
            <input type="hidden" name="intent" value="team-add" />
            <TextField idPrefix="team-add" name="name" label={t('org.teamNameLabel')} state={addState} required />
            <RadioGroup
              idPrefix="team-add"
              name="kind"
              label={t('org.teamKindLabel')}
              defaultValue="neighbourhood"
              state={addState}
              options={teamKinds.map((kind) => ({ value: kind, label: t(teamKindKey(kind)) }))}
            />
            <Button>{t('org.teamAdd')}</Button>
          </Form>
        </div>
      ) : null}
    </Section>
  );
}

type Member = { userId: string; name: string; email: string; role: OrgRole };

export function MembersSection({ members, me, canManage, result }: { members: Member[]; me: string; canManage: boolean; result: SettingsAnswer }) {
  const { t } = useI18n();
  return (
    <Section id="members" title={t('org.membersTitle')} intro={t('org.membersIntro')}>
      <Paragraph>{t('org.rolesExplained')}</Paragraph>
      <Success result={result} intents={['member-role', 'member-remove']} />
      <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
        {members.map((member) => {
          const label = member.name || member.email;
          const removeState = stateFor(result, 'member-remove', member.userId);
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
                    <input type="hidden" name="target" value={member.userId} />
                    <SelectField
                      idPrefix={`member-${member.userId}`}
                      name="role"
                      label={t('org.memberRoleLabel', { name: label })}
                      defaultValue={member.role}
                      state={stateFor(result, 'member-role', member.userId)}
                      options={orgRoles.map((role) => ({ value: role, label: t(orgRoleKey(role)) }))}
                    />
                    <Button appearance="secondary">{t('org.memberChangeRole')}</Button>
                  </Form>
                  {removeState ? <FormErrorSummary state={removeState} /> : null}
                  <Form method="post">
                    <input type="hidden" name="intent" value="member-remove" />
                    <input type="hidden" name="userId" value={member.userId} />
                    <input type="hidden" name="target" value={member.userId} />
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
    </Section>
  );
}

type Invitation = { id: string; email: string; role: OrgRole; expiresAt: Date };

export function InvitationsSection({ invitations, invitableRoles, result }: { invitations: Invitation[]; invitableRoles: OrgRole[]; result: SettingsAnswer }) {
  const { t, locale } = useI18n();
  const state = stateFor(result, 'invite');
  return (
    <Section id="invitations" title={t('org.invitationsTitle')}>
      <Heading level={3}>{t('org.inviteTitle')}</Heading>
      <Paragraph>{t('org.inviteIntro')}</Paragraph>
      <Success result={result} intents={['invite']} />
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate key={`invite-${state ? 'failed' : stampOf(result)}`}>
        <input type="hidden" name="intent" value="invite" />
        <TextField idPrefix="invite" name="email" type="email" label={t('org.inviteEmailLabel')} state={state} autoComplete="off" required />
        <SelectField
          idPrefix="invite"
          name="role"
          label={t('org.inviteRoleLabel')}
          defaultValue="member"
          state={state}
          options={invitableRoles.map((role) => ({ value: role, label: t(orgRoleKey(role)) }))}
        />
        <Button>{t('org.inviteSend')}</Button>
      </Form>

      <Heading level={3}>{t('org.openInvitations')}</Heading>
      <Success result={result} intents={['revoke']} />
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
    </Section>
  );
}
