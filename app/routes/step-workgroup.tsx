import { useActionData, useLoaderData } from 'react-router';
import { can } from '#app/auth/permissions';
import { Alert, Paragraph, Page, Section } from '#app/components/ui';
import { variantDefaults } from '#app/features/trajectory/domain/variants';
import { assignTrajectoryRole, removeTrajectoryRole } from '#app/features/trajectory/server/assign-trajectory-role.server';
import { listOrgMembers, listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { workgroupAdvice, workgroupMembers } from '#app/features/workgroup/domain/workgroup-advice';
import { ZWorkgroupAction } from '#app/features/workgroup/forms';
import { addPrepMeeting } from '#app/features/workgroup/server/add-prep-meeting.server';
import { listPrepMeetings } from '#app/features/workgroup/server/list-prep-meetings.server';
import { removePrepMeeting } from '#app/features/workgroup/server/remove-prep-meeting.server';
import { updatePrepMeeting } from '#app/features/workgroup/server/update-prep-meeting.server';
import { AddPrepMeetingForm, PrepMeetingList } from '#app/features/workgroup/ui/prep-meetings';
import { AddMemberForm, MemberList, WorkgroupAdviceList } from '#app/features/workgroup/ui/workgroup-members';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/step-workgroup';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory } = await requireTrajectory(request, params);
  const canManageRoles = can(scope, 'trajectory.manageRoles');
  const [people, meetings, orgMembers] = await Promise.all([listTrajectoryPeople(scope), listPrepMeetings(scope), canManageRoles ? listOrgMembers(scope) : []]);
  return {
    members: workgroupMembers(people),
    advice: workgroupAdvice(people),
    meetings,
    candidates: orgMembers.map((m) => ({ userId: m.userId, name: m.name, email: m.email })),
    suggestedPrepMeetings: variantDefaults(trajectory.variant).suggestedPrepMeetings,
    canEdit: can(scope, 'trajectory.edit'),
    canManageRoles,
  };
}

const savedMessage: Record<string, MessageKey> = {
  'add-role': 'workgroup.roleAdded',
  'remove-role': 'workgroup.roleRemoved',
  'add-meeting': 'workgroup.meetingAdded',
  'edit-meeting': 'workgroup.meetingSaved',
  'remove-meeting': 'workgroup.meetingRemoved',
};

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZWorkgroupAction, async (input) => {
    switch (input.intent) {
      case 'add-role':
        return assignTrajectoryRole({ ...scope, userId: input.userId, role: input.role });
      case 'remove-role':
        return removeTrajectoryRole({ ...scope, userId: input.userId, role: input.role });
      case 'add-meeting':
        return void (await addPrepMeeting({ ...scope, heldOn: input.heldOn, agenda: input.agenda, decisions: input.decisions }));
      case 'edit-meeting':
        return updatePrepMeeting({ ...scope, meetingId: input.meetingId, heldOn: input.heldOn, agenda: input.agenda, decisions: input.decisions });
      case 'remove-meeting':
        return removePrepMeeting({ ...scope, meetingId: input.meetingId });
    }
  });
}

export default function StepWorkgroup() {
  const { members, advice, meetings, candidates, suggestedPrepMeetings, canEdit, canManageRoles } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const lastLead = result && !result.ok && result.errors._form === 'trajectory.lastLeadRefused';
  return (
    <Page title={t('workgroup.title')} intro={t('workgroup.intro')}>
      {canEdit ? null : <Alert type="info">{t('workgroup.readOnly')}</Alert>}
      {result?.ok && savedMessage[result.intent] ? <Alert type="ok">{t(savedMessage[result.intent]!)}</Alert> : null}
      {result && !result.ok && !lastLead ? <Alert type="error">{t('common.formHasErrors')}</Alert> : null}
      {lastLead ? <Alert type="error">{t('workgroup.lastLead')}</Alert> : null}

      <Section id="workgroup-members" title={t('workgroup.membersTitle')}>
        <MemberList members={members} canManageRoles={canEdit && canManageRoles} />
        {canEdit && canManageRoles ? (
          <AddMemberForm candidates={candidates} state={stateFor(result, 'add-role')} />
        ) : canEdit ? (
          <Paragraph>{t('workgroup.rolesManagedBy')}</Paragraph>
        ) : null}
      </Section>

      <WorkgroupAdviceList advice={advice} />

      <Section id="prep-meetings" title={t('workgroup.meetingsTitle')}>
        <Paragraph>
          <strong data-testid="prep-progress">{t('workgroup.meetingsProgress', { count: meetings.length, suggested: suggestedPrepMeetings })}</strong>
        </Paragraph>
        <Paragraph>{t('workgroup.periodAdvice')}</Paragraph>
        <PrepMeetingList meetings={meetings} canEdit={canEdit} result={result} />
        {canEdit ? <AddPrepMeetingForm state={stateFor(result, 'add-meeting')} resetKey={meetings.length} /> : null}
      </Section>
    </Page>
  );
}
