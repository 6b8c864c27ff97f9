// The participant's phone during the follow-up session: join without an account, then take part in
// each phase. Live (it hydrates), but every form is also a plain form post without JavaScript.
// Everything here is authorised by the join code and the phone's device token, not by a role.
import { useMemo, useState } from 'react';
import { data as answer, isRouteErrorResponse, redirect, type ShouldRevalidateFunctionArgs, useActionData, useLoaderData, useRouteError } from 'react-router';
import { deviceCookie, hashDevice, newDeviceToken, readDeviceToken } from '#app/auth/device-token.server';
import { Paragraph } from '#app/components/ui';
import { normaliseJoinCode } from '#app/features/board/domain/join-code';
import { applyBoardChange, applyOwnVotes, markOwnNotes, type OwnVote } from '#app/features/board/domain/live';
import { ZParticipant } from '#app/features/board/forms';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { addNote } from '#app/features/board/server/add-note.server';
import { addPledge } from '#app/features/board/server/add-pledge.server';
import { castVote } from '#app/features/board/server/cast-vote.server';
import { deleteOwnNote } from '#app/features/board/server/delete-own-note.server';
import { editOwnNote } from '#app/features/board/server/edit-own-note.server';
import { findBoardByCode } from '#app/features/board/server/find-board-by-code.server';
import { getParticipantView } from '#app/features/board/server/get-participant-view.server';
import { joinBoard } from '#app/features/board/server/join-board.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { LiveStatus, PhaseBadge } from '#app/features/board/ui/board-ui';
import { EnterCodePage, unknownCodeState } from '#app/features/board/ui/enter-code';
import { ParticipantPhase } from '#app/features/board/ui/participant-panels';
import { JoinForm, PhoneLanguages, PhonePage } from '#app/features/board/ui/phone-page';
import { ParticipantLanguage } from '#app/components/participant-language';
import { useT } from '#app/i18n/i18n';
import { participantBundle, phoneLanguage, phoneLanguages } from '#app/i18n/participant/language.server';
import { useVersionedLive } from '#app/realtime/use-live';
import { handleForm } from '#app/utils/forms';
import { RuleError } from '#app/utils/rule-error';
import { ErrorPage } from '../root';
import type { Route } from './+types/board-participant';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

// The page's language is the phone's (html lang and dir).
export const handle = { language: (page: { texts: { lang: string } }) => page.texts.lang };

/**
 * The board behind the code and the member behind this phone's device token (one query); null for
 * a code no board has (an old QR code, a typing error).
 */
async function boardAndMember(request: Request, rawCode: string) {
  const code = normaliseJoinCode(rawCode);
  if (!code) return null;
  const token = readDeviceToken(request);
  try {
    const { board, member } = await findBoardByCode({ code, deviceHash: token ? hashDevice(token) : null });
    return { code, board, token, member };
  } catch (error) {
    if (error instanceof Response && error.status === 404) return null;
    throw error;
  }
}

/**
 * A code no board has: the code form, in the phone's language, with the message next to the field
 * and the code kept. Still a 404, so it counts as a failed look-up against guessing (server/limits.ts).
 */
async function unknownCode(request: Request, rawCode: string) {
  const { language, headers } = await phoneLanguage(request);
  const page = { unknown: true as const, code: rawCode.slice(0, 40), texts: participantBundle(language, ['board', 'form']), languages: phoneLanguages() };
  return answer(page, { status: 404, headers });
}

type UnknownCode = Awaited<ReturnType<typeof unknownCode>>['data'];

export async function loader({ request, params }: Route.LoaderArgs) {
  const found = await boardAndMember(request, params.code);
  if (!found) return unknownCode(request, params.code);
  const { code, board, member } = found;
  // One address per board: a typed "ktpm rs" ends up at /p/board/KTPMRS.
  if (code !== params.code) throw redirect(`/p/board/${code}`);
  // The phone's language (issue 15): chosen on the page (kept in the language cookie, as forms post
  // without the address's ?lang), else the browser's; only its texts travel with the page.
  const { language, headers } = await phoneLanguage(request);
  const texts = participantBundle(language, ['board', 'form']);
  const languages = phoneLanguages();
  // For forms without JavaScript: a fresh idempotency key per page load.
  const key = crypto.randomUUID();
  if (!member)
    return answer(
      { unknown: false as const, joined: false as const, code, title: board.title, key, view: null, displayName: '', texts, languages },
      { headers },
    );
  const view = await getParticipantView({ orgId: board.orgId, boardId: board.id, memberId: member.memberId });
  return answer(
    { unknown: false as const, joined: true as const, code, title: board.title, key, view, displayName: member.displayName, texts, languages },
    { headers },
  );
}

export async function action({ request, params }: Route.ActionArgs) {
  const found = await boardAndMember(request, params.code);
  // A board that is gone meanwhile, or a post to a code no board has: the code form (ErrorBoundary below).
  if (!found) throw await unknownCode(request, params.code);
  const { code, board, token, member } = found;
  return handleForm(await request.formData(), ZParticipant, async (input) => {
    if (input.intent === 'join') {
      const device = token ?? newDeviceToken();
      await joinBoard({ orgId: board.orgId, boardId: board.id, deviceHash: hashDevice(device), displayName: input.displayName });
      throw redirect(`/p/board/${code}`, { headers: { 'Set-Cookie': deviceCookie(device) } });
    }
    if (!member) throw new RuleError('board.notJoined');
    const phone = { orgId: board.orgId, boardId: board.id, memberId: member.memberId };
    switch (input.intent) {
      case 'note':
        return addNote({ ...phone, column: input.column, text: input.text, key: input.key });
      case 'note-edit':
        return editOwnNote({ ...phone, noteId: input.noteId, text: input.text });
      case 'note-delete':
        return deleteOwnNote({ ...phone, noteId: input.noteId });
      case 'idea':
        return addIdea({ ...phone, themeId: input.themeId, text: input.text, key: input.key });
      case 'vote': {
        const { ideaId, criterion, dots } = input;
        // The page shows its own dots from this answer (applyOwnVotes), without reloading.
        return { ...(await castVote({ ...phone, ideaId, criterion, dots, key: input.key })), ideaId, criterion, dots } satisfies OwnVote;
      }
      case 'pledge':
        return addPledge({ ...phone, text: input.text, reminderEmail: input.email, reminderWeeks: input.email ? (input.weeks ?? 4) : null, key: input.key });
    }
  });
}

// A note reaches its own phone pushed, as it reaches every other (its "yours" mark comes with the
// action's answer), and a vote's answer holds the phone's own dots: no reload of the whole view
// after either (decision 0012). A changed or deleted note is pushed too. A note that waits for the
// facilitator travels to no other screen, so its own phone reads it back (issue 14, 5e).
export function shouldRevalidate({ formData, actionResult, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  const intent = formData?.get('intent');
  const pushed = intent === 'note' || intent === 'vote' || intent === 'note-edit' || intent === 'note-delete';
  const answer = actionResult as { ok?: boolean; value?: { waiting?: boolean } } | undefined;
  if (pushed && answer?.ok && !answer.value?.waiting) return false;
  return defaultShouldRevalidate;
}

export default function BoardParticipant() {
  const page = useLoaderData<typeof loader>();
  if (page.unknown) return <UnknownCodePage page={page} />;
  return (
    <ParticipantLanguage bundle={page.texts}>
      <BoardPhone data={page} />
      <PhoneLanguages languages={page.languages} current={page.texts.lang} />
    </ParticipantLanguage>
  );
}

/** The code form for a code no board has, in the phone's language, with the other languages below. */
function UnknownCodePage({ page }: { page: UnknownCode }) {
  return (
    <ParticipantLanguage bundle={page.texts}>
      <EnterCodePage state={unknownCodeState(page.code)} />
      <PhoneLanguages languages={page.languages} current={page.texts.lang} />
    </ParticipantLanguage>
  );
}

function BoardPhone({ data }: { data: Exclude<Route.ComponentProps['loaderData'], UnknownCode> }) {
  const result = useActionData<typeof action>();
  const t = useT();
  // Changes on the board arrive pushed and are applied here, in order: no reload per note or vote.
  const { view: pushed, live } = useVersionedLive(data.view, applyBoardChange);
  const [ownNotes, setOwnNotes] = useState<ReadonlySet<string>>(() => new Set());
  const [ownVotes, setOwnVotes] = useState<readonly OwnVote[]>([]);
  const loadedVersion = data.view?.version ?? 0;
  const view = useMemo(() => pushed && applyOwnVotes(markOwnNotes(pushed, ownNotes), ownVotes, loadedVersion), [pushed, ownNotes, ownVotes, loadedVersion]);
  const onNoteSent = (id: string) => setOwnNotes((ids) => new Set(ids).add(id));
  const onVoted = (vote: OwnVote) => setOwnVotes((votes) => [...votes.filter((v) => v.version > loadedVersion), vote]);
  if (!view) return <JoinForm code={data.code} title={data.title} state={result && 'errors' in result ? result : undefined} />;
  return (
    <PhonePage title={t('board.title')}>
      <Paragraph>
        {data.title}
        <br />
        {data.displayName ? t('board.joinedAs', { name: data.displayName }) : t('board.joinedAnonymous')}
      </Paragraph>
      <Paragraph>
        <PhaseBadge phase={view.phase} />
      </Paragraph>
      <LiveStatus state={live} />
      <Paragraph lead>{t(`board.explain_${view.phase}`)}</Paragraph>
      <ParticipantPhase view={view} idemKey={data.key} onNoteSent={onNoteSent} onVoted={onVoted} />
    </PhonePage>
  );
}

/** A post to a board that does not exist (the action's 404): the code form, as the loader shows it. */
export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && isUnknownCode(error.data)) return <UnknownCodePage page={error.data} />;
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} />;
}

const isUnknownCode = (value: unknown): value is UnknownCode =>
  typeof value === 'object' && value !== null && (value as { unknown?: unknown }).unknown === true;
