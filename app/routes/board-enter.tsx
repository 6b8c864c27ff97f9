// Typing the code from the projector: the shortest way onto the board for whoever cannot scan the QR.
import { data, redirect, useActionData, useLoaderData } from 'react-router';
import { ParticipantLanguage } from '#app/components/participant-language';
import { ZEnterCode } from '#app/features/board/forms';
import { checkBoardCode } from '#app/features/board/server/check-board-code.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { EnterCodePage } from '#app/features/board/ui/enter-code';
import { participantBundle, phoneLanguage } from '#app/i18n/participant/language.server';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/board-enter';

// A plain form: no JavaScript needed on a slow phone; in the phone's language (issue 15).
export const handle = { hydrate: false, language: (page: { texts: { lang: string } }) => page.texts.lang };

// The phone's styles: "Terugkombijeenkomst" in the heading must wrap at 360 px, as on the board.
export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

export async function loader({ request }: Route.LoaderArgs) {
  const { language, headers } = await phoneLanguage(request);
  return data({ texts: participantBundle(language, ['board', 'form']) }, { headers });
}

export async function action({ request }: Route.ActionArgs) {
  // A wrong code is answered here, next to the field, not with a dead end on the board's address.
  return handleForm(await request.formData(), ZEnterCode, async ({ code }) => {
    throw redirect(`/p/board/${await checkBoardCode(code)}`);
  });
}

export default function BoardEnter() {
  const { texts } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <ParticipantLanguage bundle={texts}>
      <EnterCodePage state={result && 'errors' in result ? result : undefined} />
    </ParticipantLanguage>
  );
}
