import { data, Form, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, FormErrorSummary, Heading, Link, Paragraph, StatusBadge } from '#app/components/ui';
import { getParticipantPersonalData } from '#app/features/participants/server/get-participant-personal-data.server';
import { updateParticipant } from '#app/features/participants/server/update-participant.server';
import { allowedMoves } from '#app/features/recruitment/domain/pipeline';
import { toChanges, ZEditParticipant } from '#app/features/recruitment/forms';
import { ParticipantFields } from '#app/features/recruitment/ui/participant-fields';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { type FormFailure, parseForm } from '#app/utils/forms';
import type { Route } from './+types/participant-detail';

// Leads and parent contacts only: anyone else gets a 403 before anything is read.
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'participantData' });
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id };
  const [participant, people] = await Promise.all([getParticipantPersonalData({ ...scope, participantId: params.pid }), listTrajectoryPeople(scope)]);
  return {
    title: ctx.trajectory.title,
    base: `/o/${ctx.org.slug}/t/${ctx.trajectory.id}`,
    participant,
    statuses: [participant.status, ...allowedMoves(participant.status)],
    people: people.map((p) => ({ userId: p.userId, name: p.name || p.email })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'participantData' });
  const form = await request.formData();
  const parsed = parseForm(ZEditParticipant, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const result = await updateParticipant({
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
    participantId: params.pid,
    ...toChanges(parsed.data),
  });
  if (!result.ok) return data({ ok: false as const, refused: true as const }, { status: 409 });
  return { ok: true as const, saved: true as const };
}

export default function ParticipantDetail() {
  const { title, base, participant: p, statuses, people } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failure: FormFailure | undefined = state && 'errors' in state ? state : undefined;
  const name = p.personal.name || p.pseudonym || t('recruitment.nameless');
  const heading = t('recruitment.detailTitle', { name });
  return (
    <div className="spiegel-page">
      <title>{`${heading} · ${title} · Spiegel`}</title>
      <Paragraph>
        <Link to={`${base}/participants`}>{t('recruitment.backToList')}</Link>
      </Paragraph>
      <Heading level={1}>{heading}</Heading>
      <Paragraph lead>{t('recruitment.detailIntro')}</Paragraph>
      <Paragraph>
        {p.pseudonym ? <StatusBadge tone="active">{t('recruitment.pseudonymValue', { pseudonym: p.pseudonym })}</StatusBadge> : t('recruitment.noPseudonymYet')}
        <br />
        <span data-testid="consent-state">
          {p.personal.consentAt ? t('recruitment.consentGiven', { date: formatDate(p.personal.consentAt, locale, true) }) : t('recruitment.consentMissing')}
        </span>
      </Paragraph>
      {state && 'saved' in state ? <Alert type="ok">{t('common.saved')}</Alert> : null}
      {state && 'refused' in state ? <Alert type="error">{t('recruitment.saveRefused')}</Alert> : null}
      <FormErrorSummary state={failure} />
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="save" />
        <ParticipantFields
          idPrefix="edit"
          state={failure}
          people={people}
          statuses={statuses}
          statusLabelKey="recruitment.fieldStatus"
          showAddress
          defaults={{
            kind: p.kind,
            status: p.status,
            placeCategory: p.placeCategory,
            placeName: p.placeName,
            recruitedBy: p.recruitedBy,
            profileFit: p.profileFit,
            ...p.personal,
            consent: p.personal.consentAt !== null,
          }}
        />
        <Button>{t('common.save')}</Button>
      </Form>
    </div>
  );
}
