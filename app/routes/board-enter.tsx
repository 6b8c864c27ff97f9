// Typing the code from the projector: the shortest way onto the board for whoever cannot scan the QR.
import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { Button, FormErrorSummary, Paragraph, TextField } from '#app/components/ui';
import { ZEnterCode } from '#app/features/board/forms';
import { checkBoardCode } from '#app/features/board/server/check-board-code.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { PhonePage } from '#app/features/board/ui/phone-page';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/board-enter';

// A plain form: no JavaScript needed on a slow phone.
export const handle = { hydrate: false };

// The phone's styles: "Terugkombijeenkomst" in the heading must wrap at 360 px, as on the board.
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

/** Sent back here from the address of a board that does not exist (?code=…): say so, with the code filled in. */
export function loader({ request }: Route.LoaderArgs) {
  const code = new URL(request.url).searchParams.get('code');
  return { unknownCode: code ? code.slice(0, 40) : null };
}

export async function action({ request }: Route.ActionArgs) {
  // A wrong code is answered here, next to the field, not with a dead end on the board's address.
  return handleForm(await request.formData(), ZEnterCode, async ({ code }) => {
    throw redirect(`/p/board/${await checkBoardCode(code)}`);
  });
}

export default function BoardEnter() {
  const t = useT();
  const result = useActionData<typeof action>();
  const { unknownCode } = useLoaderData<typeof loader>();
  const state =
    result && 'errors' in result ? result : unknownCode ? { errors: { code: 'board.enterCodeUnknown' as const }, values: { code: unknownCode } } : undefined;
  return (
    <PhonePage title={t('board.enterTitle')}>
      <Paragraph lead>{t('board.enterIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <TextField name="code" label={t('board.enterCodeLabel')} description={t('board.enterCodeHint')} state={state} autoComplete="off" />
        <Button>{t('board.enterButton')}</Button>
      </Form>
    </PhonePage>
  );
}
