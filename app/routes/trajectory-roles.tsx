import { Form, useActionData, useLoaderData } from 'react-router';
import { can, trajectoryRoleList } from '#app/auth/permissions';
import { Alert, Button, DataList, FormErrorSummary, Heading, Paragraph, SelectField, Page, Section } from '#app/components/ui';
import { assignTrajectoryRole, removeTrajectoryRole } from '#app/features/trajectory/server/assign-trajectory-role.server';
import { listOrgMembers, listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { ZTrajectoryRoles } from '#app/features/trajectory/forms';
import { roleHint, roleLabel } from '#app/features/trajectory/ui/labels';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/trajectory-roles';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory } = await requireTrajectory(request, params);
  const canManage = can(scope, 'trajectory.manageRoles');
  const [people, members] = await Promise.all([listTrajectoryPeople(scope), canManage ? listOrgMembers(scope) : []]);
  return { title: trajectory.title, canManage, people, members };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZTrajectoryRoles, async ({ intent, userId, role }) => {
    await (intent === 'assign' ? assignTrajectoryRole : removeTrajectoryRole)({ ...scope, userId, role });
    return intent === 'assign' ? ('assigned' as const) : ('removed' as const);
  });
}

export default function TrajectoryRoles() {
  const { title, canManage, people, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const formState = result && !result.ok ? result : undefined;
  const assignState = stateFor(result, 'assign');
  return (
    <Page title={t('trajectory.rolesTitle')} context={title} intro={t('trajectory.rolesIntro')} lead={false}>
      {result?.ok ? <Alert type="ok">{t(result.value === 'assigned' ? 'trajectory.roleAssigned' : 'trajectory.roleRemoved')}</Alert> : null}
      <FormErrorSummary state={formState} />

      {people.length === 0 ? (
        <Paragraph>{t('trajectory.rolesNobody')}</Paragraph>
      ) : (
        <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
          {people.map((p) => {
            const name = p.name || p.email;
            return (
              <li key={p.userId} className="spiegel-card" data-testid="role-person">
                <div style={{ overflowWrap: 'anywhere' }}>
                  <Heading level={2}>{name}</Heading>
                </div>
                <ul className="spiegel-stack" style={{ paddingInlineStart: '1.25rem' }}>
                  {p.roles.map((role) => (
                    <li key={role}>
                      <span className="spiegel-inline">
                        <span>{t(roleLabel[role])}</span>
                        {canManage ? (
                          <Form method="post">
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="userId" value={p.userId} />
                            <input type="hidden" name="role" value={role} />
                            <Button appearance="secondary" aria-label={t('trajectory.removeRoleOf', { role: t(roleLabel[role]), name })}>
                              {t('common.remove')}
                            </Button>
                          </Form>
                        ) : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}

      {canManage ? (
        <Section id="assign-title" title={t('trajectory.assignTitle')}>
          <Form method="post" className="spiegel-stack">
            <input type="hidden" name="intent" value="assign" />
            <SelectField
              name="userId"
              label={t('trajectory.assignMember')}
              state={assignState}
              options={[
                { value: '', label: t('trajectory.assignChoose') },
                ...members.map((m) => ({ value: m.userId, label: m.name ? `${m.name} (${m.email})` : m.email })),
              ]}
            />
            <SelectField
              name="role"
              label={t('trajectory.assignRole')}
              state={assignState}
              options={trajectoryRoleList.map((role) => ({ value: role, label: t(roleLabel[role]) }))}
            />
            <Button>{t('trajectory.assignButton')}</Button>
          </Form>
        </Section>
      ) : (
        <Paragraph>{t('trajectory.rolesReadOnly')}</Paragraph>
      )}

      <Section id="explain-title" title={t('trajectory.rolesExplainTitle')}>
        <DataList items={trajectoryRoleList.map((role) => ({ key: t(roleLabel[role]), value: t(roleHint[role]) }))} />
      </Section>
    </Page>
  );
}
