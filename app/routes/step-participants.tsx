import { Form, useActionData, useLoaderData } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, DownloadLink, FormErrorSummary, Link, Paragraph, Page, Section } from '#app/components/ui';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { moveParticipant } from '#app/features/participants/server/move-participant.server';
import { isCommitted, START_STATUSES } from '#app/features/recruitment/domain/pipeline';
import { toChanges, ZParticipantsAction } from '#app/features/recruitment/forms';
import { getParticipantsPage } from '#app/features/recruitment/server/get-participants-page.server';
import { statusLabel } from '#app/features/recruitment/ui/labels';
import { ParticipantFields } from '#app/features/recruitment/ui/participant-fields';
import { NeedsPanel, PipelineBoard, PlacesPanel, PseudonymList, TargetPanel } from '#app/features/recruitment/ui/recruitment-panels';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/step-participants';

// Two views: leads and parent contacts get the pipeline with names, everyone else numbers and pseudonyms.
export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return { ...(await getParticipantsPage(scope)), base: `/o/${org.slug}/t/${scope.trajectoryId}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZParticipantsAction, async (input) => {
    if (input.intent === 'move') return { moved: await moveParticipant({ ...scope, participantId: input.participantId, to: input.to }) };
    await createParticipant({ ...scope, ...toChanges(input), status: input.status });
    return { added: input.name };
  });
}

export default function StepParticipants() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const failure = stateFor(result, 'add');
  const value = result?.ok ? result.value : undefined;
  const added = value && 'added' in value ? value.added : undefined;
  const moved = value && 'moved' in value ? value.moved : undefined;
  return (
    <Page title={t('recruitment.title')} context={loaded.title}>
      {loaded.view === 'pseudonymous' ? (
        <>
          <Paragraph lead>{t('recruitment.introPseudonymous')}</Paragraph>
          <TargetPanel {...loaded.numbers} />
          <PseudonymList items={loaded.registered} />
        </>
      ) : (
        <>
          <Paragraph lead>{t('recruitment.intro')}</Paragraph>
          <Paragraph>{t('recruitment.pseudonymRule')}</Paragraph>
          <Paragraph>
            <Link to="#add-participant">{t('recruitment.addJump')}</Link>
          </Paragraph>
          {added ? <Alert type="ok">{t('recruitment.added', { name: added })}</Alert> : null}
          {moved ? (
            <Alert type="ok">
              {moved.pseudonym && isCommitted(moved.status)
                ? t('recruitment.movedWithPseudonym', { status: t(statusLabel(moved.status)), pseudonym: moved.pseudonym })
                : t('recruitment.moved', { status: t(statusLabel(moved.status)) })}
            </Alert>
          ) : null}
          {stateFor(result, 'move') ? <Alert type="error">{t('recruitment.moveRefused')}</Alert> : null}
          <TargetPanel {...loaded.numbers} />
          <PipelineBoard participants={loaded.participants} base={loaded.base} />
          {loaded.participants.length > 0 ? (
            <DownloadLink href={`${loaded.base}/participants.csv`} label={t('recruitment.csvDownload')} hint={t('recruitment.csvDownloadHint')} />
          ) : null}
          <NeedsPanel totals={loaded.needs} />
          <PlacesPanel places={loaded.places} fits={loaded.fits} />
          <Section id="add-participant" title={t('recruitment.addTitle')} intro={t('recruitment.addIntro')}>
            <FormErrorSummary state={failure} />
            {/* A new key after each added participant empties the form again. */}
            <Form method="post" className="spiegel-stack" key={loaded.participants.length} noValidate>
              <input type="hidden" name="intent" value="add" />
              <SubmissionKey />
              <ParticipantFields
                idPrefix="add"
                state={failure}
                people={loaded.people}
                statuses={START_STATUSES}
                defaults={{ recruitedBy: loaded.people.some((p) => p.userId === loaded.me) ? loaded.me : '' }}
              />
              <Button>{t('recruitment.addButton')}</Button>
            </Form>
          </Section>
        </>
      )}
    </Page>
  );
}
