// Typing the code from the projector: the shortest way onto the board for whoever cannot scan the QR.
import { redirect, useActionData } from 'react-router';
import { ZEnterCode } from '#app/features/board/forms';
import { checkBoardCode } from '#app/features/board/server/check-board-code.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { EnterCodePage } from '#app/features/board/ui/enter-code';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/board-enter';

// A plain form: no JavaScript needed on a slow phone.
export const handle = { hydrate: false };

// The phone's styles: "Terugkombijeenkomst" in the heading must wrap at 360 px, as on the board.
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

export async function action({ request }: Route.ActionArgs) {
  // A wrong code is answered here, next to the field, not with a dead end on the board's address.
  return handleForm(await request.formData(), ZEnterCode, async ({ code }) => {
    throw redirect(`/p/board/${await checkBoardCode(code)}`);
  });
}

export default function BoardEnter() {
  const result = useActionData<typeof action>();
  return <EnterCodePage state={result && 'errors' in result ? result : undefined} />;
}
