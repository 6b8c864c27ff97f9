// The code form of the board (typing the code from the projector). Shown at /p/board and, with a
// 404, at the address of a board that does not exist: the visitor can try again right there, and the
// 404 still counts as a failed look-up (server/limits.ts), so codes cannot be guessed faster.
import { Form } from 'react-router';
import { Button, FormErrorSummary, type FormState, Paragraph, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { PhonePage } from './phone-page';

export function EnterCodePage({ state }: { state?: FormState }) {
  const t = useT();
  return (
    <PhonePage title={t('board.enterTitle')}>
      <Paragraph lead>{t('board.enterIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" action="/p/board" reloadDocument className="spiegel-stack" noValidate>
        <TextField name="code" label={t('board.enterCodeLabel')} description={t('board.enterCodeHint')} state={state} autoComplete="off" />
        <Button>{t('board.enterButton')}</Button>
      </Form>
    </PhonePage>
  );
}

/** The form's state for a code that was not found: the message next to the field, the code kept. */
export const unknownCodeState = (code: string): FormState => ({ errors: { code: 'board.enterCodeUnknown' }, values: { code: code.slice(0, 40) } });
