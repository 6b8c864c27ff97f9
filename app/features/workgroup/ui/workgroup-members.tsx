import { Form } from 'react-router';
import { Alert, Button, Heading, Paragraph, SelectField, StatusBadge, type FormState } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { WORKGROUP_ROLES, type WorkgroupAdvice, type WorkgroupRole } from '../domain/workgroup-advice';

type Member = { userId: string; name: string; email: string; roles: WorkgroupRole[] };

export function WorkgroupAdviceList({ advice }: { advice: WorkgroupAdvice[] }) {
  const t = useT();
  return (
    <section aria-labelledby="workgroup-advice" className="spiegel-stack" data-testid="workgroup-advice">
      <Heading level={2} id="workgroup-advice">
        {t('workgroup.adviceTitle')}
      </Heading>
      {advice.length === 0 ? (
        <Alert type="ok">{t('workgroup.adviceOk')}</Alert>
      ) : (
        <Alert type="warning">
          <ul className="spiegel-stack">
            {advice.map((a) => (
              <li key={a}>{t(`workgroup.advice_${a}`)}</li>
            ))}
          </ul>
          <Paragraph>{t('workgroup.adviceNote')}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

export function MemberList({ members, canManageRoles }: { members: Member[]; canManageRoles: boolean }) {
  const t = useT();
  if (members.length === 0) return <Paragraph>{t('workgroup.noMembers')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('workgroup.memberCount', { count: members.length })}</Paragraph>
      <ul className="spiegel-cards" data-testid="workgroup-members">
        {members.map((m) => {
          const name = m.name || m.email;
          return (
            <li key={m.userId} className="spiegel-card spiegel-stack">
              <Paragraph>
                <strong>{name}</strong>
                {m.name ? (
                  <>
                    <br />
                    {m.email}
                  </>
                ) : null}
              </Paragraph>
              <ul className="spiegel-inline" aria-label={t('workgroup.rolesLabel')} style={{ listStyle: 'none', padding: 0 }}>
                {m.roles.map((role) => (
                  <li key={role}>
                    <StatusBadge>{t(`workgroup.role_${role}`)}</StatusBadge>
                  </li>
                ))}
              </ul>
              {canManageRoles
                ? m.roles.map((role) => (
                    <Form method="post" key={role}>
                      <input type="hidden" name="intent" value="remove-role" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <input type="hidden" name="role" value={role} />
                      <Button appearance="secondary" aria-label={t('workgroup.removeRoleFor', { role: t(`workgroup.role_${role}`), name })}>
                        {t('workgroup.removeRole', { role: t(`workgroup.role_${role}`) })}
                      </Button>
                    </Form>
                  ))
                : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function AddMemberForm({ candidates, state }: { candidates: { userId: string; name: string; email: string }[]; state: FormState }) {
  const t = useT();
  return (
    <Form method="post" className="spiegel-stack spiegel-card" aria-labelledby="add-member">
      <Heading level={3} id="add-member">
        {t('workgroup.addTitle')}
      </Heading>
      <Paragraph>{t('workgroup.addIntro')}</Paragraph>
      <input type="hidden" name="intent" value="add-role" />
      <SelectField
        name="userId"
        label={t('workgroup.personLabel')}
        state={state}
        options={[
          { value: '', label: t('workgroup.choosePerson') },
          ...candidates.map((c) => ({ value: c.userId, label: c.name ? `${c.name} (${c.email})` : c.email })),
        ]}
      />
      <SelectField
        name="role"
        label={t('workgroup.roleLabel')}
        state={state}
        options={[{ value: '', label: t('workgroup.chooseRole') }, ...WORKGROUP_ROLES.map((r) => ({ value: r, label: t(`workgroup.role_${r}`) }))]}
      />
      <Button>{t('workgroup.addButton')}</Button>
    </Form>
  );
}
