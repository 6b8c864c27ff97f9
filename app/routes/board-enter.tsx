// Typing the code from the projector: the shortest way onto the board for whoever cannot scan the QR.
import { Form, redirect, useActionData } from 'react-router';
import { Button, FormErrorSummary, Paragraph, TextField } from '#app/components/ui';
import { ZEnterCode } from '#app/features/board/forms';
import { PhonePage } from '#app/features/board/ui/phone-page';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/board-enter';

// A plain form: no JavaScript needed on a slow phone.
export const handle = { hydrate: false };

export async function action({ request }: Route.ActionArgs) {
  // Whether the board exists is for the board's own page to say (404 there).
  return handleForm(await request.formData(), ZEnterCode, async ({ code }) => {
    throw redirect(`/p/board/${code}`);
  });
}

export default function BoardEnter() {
  const t = useT();
  const result = useActionData<typeof action>();
  const state = result && 'errors' in result ? result : undefined;
  return (
    <PhonePage title={t('board.enterTitle')} className="spiegel-page">
      <Paragraph lead>{t('board.enterIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <TextField name="code" label={t('board.enterCodeLabel')} description={t('board.enterCodeHint')} state={state} autoComplete="off" />
        <Button>{t('board.enterButton')}</Button>
      </Form>
    </PhonePage>
  );
}
