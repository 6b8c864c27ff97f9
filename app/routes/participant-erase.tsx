import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { Alert, Button, CheckboxField, FormErrorSummary, Link, Page, Paragraph } from '#app/components/ui';
import { getParticipantPage } from '#app/features/recruitment/server/get-participant-page.server';
import { ZEraseParticipant } from '#app/features/rights/forms';
import { eraseParticipant } from '#app/features/rights/server/erase-participant.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { fullName } from '#app/features/participants/domain/names';
import { useI18n } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/participant-erase';

// Leads and parent contacts only (the participant page's own check); erasing is participants.rights.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, trajectory, org } = await requireTrajectory(request, params);
  const { participant } = await getParticipantPage({ ...scope, participantId: params.pid });
  return {
    title: trajectory.title,
    back: `/o/${org.slug}/t/${scope.trajectoryId}/participants/${params.pid}`,
    who: fullName(participant.personal) || participant.pseudonym || '',
    erased: participant.erasedAt !== null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZEraseParticipant, async (input) => {
    await eraseParticipant({ ...scope, participantId: params.pid, removeWords: input.removeWords });
    throw redirect(`/o/${org.slug}/t/${scope.trajectoryId}/participants/${params.pid}?erased=1`);
  });
}

export default function ParticipantErase() {
  const { title, back, who, erased } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const state = stateFor(result, 'erase');
  return (
    <Page title={t('rights.eraseTitle', { who })} context={title} intro={erased ? undefined : t('rights.eraseIntro')}>
      <Paragraph>
        <Link to={back}>{t('rights.eraseBack')}</Link>
      </Paragraph>
      {erased ? (
        <Alert>{t('rights.erasedAlready')}</Alert>
      ) : (
        <>
          <FormErrorSummary state={state} />
          <Form method="post" className="spiegel-stack" noValidate>
            <input type="hidden" name="intent" value="erase" />
            <CheckboxField name="removeWords" label={t('rights.eraseWords')} description={t('rights.eraseWordsHint')} state={state} />
            <CheckboxField name="confirm" label={t('rights.eraseConfirm')} state={state} />
            <Button>{t('rights.eraseButton')}</Button>
          </Form>
        </>
      )}
    </Page>
  );
}
