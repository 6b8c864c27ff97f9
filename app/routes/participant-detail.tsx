import { Form, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, FormErrorSummary, Heading, Link, Paragraph, StatusBadge } from '#app/components/ui';
import { getConsentHistory } from '#app/features/consent/server/get-consent-history.server';
import { ConsentHistory } from '#app/features/consent/ui/consent-sections';
import { updateParticipant } from '#app/features/participants/server/update-participant.server';
import { fullName } from '#app/features/participants/domain/names';
import { toChanges, ZEditParticipant } from '#app/features/recruitment/forms';
import { getParticipantPage } from '#app/features/recruitment/server/get-participant-page.server';
import { ParticipantFields } from '#app/features/recruitment/ui/participant-fields';
import { RightsSection } from '#app/features/rights/ui/rights-section';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/participant-detail';

// Leads and parent contacts only: anyone else gets a 403 before anything is read.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory, org } = await requireTrajectory(request, params);
  const page = await getParticipantPage({ ...scope, participantId: params.pid });
  const history = await getConsentHistory({ ...scope, participantId: page.participant.id });
  return { ...page, history, title: trajectory.title, base: `/o/${org.slug}/t/${scope.trajectoryId}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZEditParticipant, (input) => updateParticipant({ ...scope, participantId: params.pid, ...toChanges(input) }));
}

export default function ParticipantDetail() {
  const { title, base, participant: p, statuses, people, history } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failure = stateFor(result, 'save');
  const name = fullName(p.personal) || p.pseudonym || t('recruitment.nameless');
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
      {succeeded(result, 'save') ? <Alert type="ok">{t('common.saved')}</Alert> : null}
      <FormErrorSummary state={failure} />
      {/* Once erased, nothing personal is entered again for this pseudonym. */}
      <Form method="post" className="spiegel-stack" noValidate hidden={p.erasedAt !== null}>
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
      <RightsSection base={`${base}/participants/${p.id}`} erasedAt={p.erasedAt} />
      <ConsentHistory history={history} />
    </div>
  );
}
