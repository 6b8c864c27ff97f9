// The open question link: anyone who has it (a listener at a meeting, on a slide, on paper)
// hands in a question for the parents, on a phone, without an account or JavaScript.
import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, ButtonLink, FormErrorSummary, Paragraph, TextAreaField, Page } from '#app/components/ui';
import { ZPublicQuestion } from '#app/features/questions/forms';
import { findQuestionLink } from '#app/features/questions/server/find-question-link.server';
import { submitQuestion } from '#app/features/questions/server/submit-question.server';
import { useT } from '#app/i18n/i18n';
import { handleForm, stateFor } from '#app/utils/forms';
import type { Route } from './+types/question-link';

export const handle = { hydrate: false };

export async function loader({ request, params }: Route.LoaderArgs) {
  const link = await findQuestionLink({ code: params.code });
  return {
    code: link.code,
    orgName: link.orgName,
    title: link.title,
    theme: link.theme,
    sent: new URL(request.url).searchParams.get('sent') === '1',
  };
}

// Authorised by the code: the question goes to the trajectory the code belongs to.
export async function action({ request, params }: Route.ActionArgs) {
  const link = await findQuestionLink({ code: params.code });
  return handleForm(await request.formData(), ZPublicQuestion, async ({ text, website }) => {
    // A robot gets the same thank-you, so it learns nothing; its text is not stored.
    if (!website) await submitQuestion({ orgId: link.orgId, trajectoryId: link.trajectoryId, listenerId: null, text });
    // Post/redirect/get: reloading the thank-you page never sends the question twice.
    throw redirect(`/p/questions/${link.code}?sent=1`);
  });
}

export default function QuestionLink() {
  const { code, orgName, title, theme, sent } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const state = stateFor(result, '');

  if (sent) {
    return (
      <Page title={t('questions.publicThanksTitle')} noindex>
        <Alert type="ok">{t('questions.publicThanks')}</Alert>
        <ButtonLink to={`/p/questions/${code}`} appearance="primary">
          {t('questions.publicAnother')}
        </ButtonLink>
      </Page>
    );
  }

  return (
    <Page title={t('questions.publicTitle')} context={title} noindex intro={t('questions.publicIntro', { org: orgName, title })}>
      {theme ? <Paragraph>{t('questions.publicTheme', { theme })}</Paragraph> : null}
      <Paragraph>{t('questions.publicExplain')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <SubmissionKey />
        <TextAreaField name="text" label={t('questions.publicTextLabel')} description={t('questions.publicTextHint')} state={state} rows={5} required />
        <div aria-hidden="true" style={{ position: 'absolute', insetInlineStart: '-10000px', blockSize: '1px', overflow: 'hidden' }}>
          <label htmlFor="website">{t('questions.publicHoneypot')}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <Button>{t('questions.publicSend')}</Button>
      </Form>
    </Page>
  );
}
