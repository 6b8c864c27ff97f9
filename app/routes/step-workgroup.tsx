import { data, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { Alert, Heading, Paragraph } from '#app/components/ui';
import { variantDefaults } from '#app/features/trajectory/domain/variants';
import { assignTrajectoryRole, removeTrajectoryRole } from '#app/features/trajectory/server/assign-trajectory-role.server';
import { listOrgMembers, listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { WORKGROUP_ROLES, workgroupAdvice, workgroupMembers } from '#app/features/workgroup/domain/workgroup-advice';
import { addPrepMeeting } from '#app/features/workgroup/server/add-prep-meeting.server';
import { listPrepMeetings } from '#app/features/workgroup/server/list-prep-meetings.server';
import { removePrepMeeting } from '#app/features/workgroup/server/remove-prep-meeting.server';
import { updatePrepMeeting } from '#app/features/workgroup/server/update-prep-meeting.server';
import { stateFor } from '#app/features/workgroup/ui/form-state';
import { AddPrepMeetingForm, PrepMeetingList } from '#app/features/workgroup/ui/prep-meetings';
import { AddMemberForm, MemberList, WorkgroupAdviceList } from '#app/features/workgroup/ui/workgroup-members';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { forbidden } from '#app/utils/http.server';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-workgroup';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  const [people, meetings, orgMembers] = await Promise.all([
    listTrajectoryPeople(scope),
    listPrepMeetings(scope),
    ctx.access.canManageRoles ? listOrgMembers(scope) : Promise.resolve([]),
  ]);
  return {
    members: workgroupMembers(people),
    advice: workgroupAdvice(people),
    meetings,
    candidates: orgMembers.map((m) => ({ userId: m.userId, name: m.name, email: m.email })),
    suggestedPrepMeetings: variantDefaults(ctx.trajectory.variant).suggestedPrepMeetings,
    canEdit: ctx.access.canEdit,
    canManageRoles: ctx.access.canManageRoles,
  };
}

const person = z.string({ error: 'validation.choose' }).min(1, 'validation.choose').pipe(f.uuid());
const meetingFields = { heldOn: f.day(), agenda: f.text(4000), decisions: f.text(4000) };
const ZAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add-role'), userId: person, role: f.choice(WORKGROUP_ROLES) }),
  z.object({ intent: z.literal('remove-role'), userId: f.uuid(), role: f.choice(WORKGROUP_ROLES) }),
  z.object({ intent: z.literal('add-meeting'), ...meetingFields }),
  z.object({ intent: z.literal('edit-meeting'), meetingId: f.uuid(), ...meetingFields }),
  z.object({ intent: z.literal('remove-meeting'), meetingId: f.uuid() }),
]);

const savedMessage = {
  'add-role': 'workgroup.roleAdded',
  'remove-role': 'workgroup.roleRemoved',
  'add-meeting': 'workgroup.meetingAdded',
  'edit-meeting': 'workgroup.meetingSaved',
  'remove-meeting': 'workgroup.meetingRemoved',
} as const satisfies Record<z.infer<typeof ZAction>['intent'], MessageKey>;

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(ZAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  // Roles give rights (a lead may manage roles), so changing them needs more than editing.
  if ((input.intent === 'add-role' || input.intent === 'remove-role') && !ctx.access.canManageRoles) forbidden();
  switch (input.intent) {
    case 'add-role':
      await assignTrajectoryRole({ ...scope, userId: input.userId, role: input.role });
      break;
    case 'remove-role':
      if ((await removeTrajectoryRole({ ...scope, userId: input.userId, role: input.role })) === 'lastLead') {
        return data({ ok: false as const, lastLead: true as const }, { status: 409 });
      }
      break;
    case 'add-meeting':
      await addPrepMeeting({ ...scope, heldOn: input.heldOn, agenda: input.agenda, decisions: input.decisions });
      break;
    case 'edit-meeting':
      await updatePrepMeeting({ ...scope, meetingId: input.meetingId, heldOn: input.heldOn, agenda: input.agenda, decisions: input.decisions });
      break;
    case 'remove-meeting':
      await removePrepMeeting({ ...scope, meetingId: input.meetingId });
      break;
  }
  return { ok: true as const, saved: input.intent };
}

export default function StepWorkgroup() {
  const { members, advice, meetings, candidates, suggestedPrepMeetings, canEdit, canManageRoles } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const t = useT();
  const failure = state && 'errors' in state ? state : undefined;
  const saved = state && 'saved' in state ? state.saved : undefined;
  return (
    <div className="spiegel-page">
      <title>{`${t('workgroup.title')} · Spiegel`}</title>
      <Heading level={1}>{t('workgroup.title')}</Heading>
      <Paragraph lead>{t('workgroup.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('workgroup.readOnly')}</Alert>}
      {saved ? <Alert type="ok">{t(savedMessage[saved])}</Alert> : null}
      {failure ? <Alert type="error">{t('common.formHasErrors')}</Alert> : null}
      {state && 'lastLead' in state ? <Alert type="error">{t('workgroup.lastLead')}</Alert> : null}

      <section aria-labelledby="workgroup-members" className="spiegel-stack">
        <Heading level={2} id="workgroup-members">
          {t('workgroup.membersTitle')}
        </Heading>
        <MemberList members={members} canManageRoles={canEdit && canManageRoles} />
        {canEdit && canManageRoles ? (
          <AddMemberForm candidates={candidates} state={stateFor(failure, 'add-role')} />
        ) : canEdit ? (
          <Paragraph>{t('workgroup.rolesManagedBy')}</Paragraph>
        ) : null}
      </section>

      <WorkgroupAdviceList advice={advice} />

      <section aria-labelledby="prep-meetings" className="spiegel-stack">
        <Heading level={2} id="prep-meetings">
          {t('workgroup.meetingsTitle')}
        </Heading>
        <Paragraph>
          <strong data-testid="prep-progress">{t('workgroup.meetingsProgress', { count: meetings.length, suggested: suggestedPrepMeetings })}</strong>
        </Paragraph>
        <Paragraph>{t('workgroup.periodAdvice')}</Paragraph>
        <PrepMeetingList meetings={meetings} canEdit={canEdit} failure={failure} />
        {canEdit ? <AddPrepMeetingForm state={stateFor(failure, 'add-meeting')} resetKey={meetings.length} /> : null}
      </section>
    </div>
  );
}
