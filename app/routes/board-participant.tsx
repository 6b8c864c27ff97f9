// The participant's phone during the follow-up session: join without an account, then take part in
// each phase. Live (it hydrates), but every form is also a plain form post without JavaScript.
import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { Button, FormErrorSummary, Heading, Paragraph, TextField } from '#app/components/ui';
import { normaliseJoinCode } from '#app/features/board/domain/join-code';
import type { BoardView } from '#app/features/board/domain/types';
import { done, invalid, orRefused, refused, ZParticipant } from '#app/features/board/forms';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { addNote } from '#app/features/board/server/add-note.server';
import { addPledge } from '#app/features/board/server/add-pledge.server';
import { castVote } from '#app/features/board/server/cast-vote.server';
import { deviceCookie, hashDevice, newDeviceToken, readDeviceToken } from '#app/features/board/server/device.server';
import { findBoardByCode } from '#app/features/board/server/find-board-by-code.server';
import { findMember } from '#app/features/board/server/find-member.server';
import { joinBoard } from '#app/features/board/server/join-board.server';
import { loadBoardView } from '#app/features/board/server/load-board-view.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { LiveStatus, PhaseBadge } from '#app/features/board/ui/board-ui';
import { ParticipantPhase } from '#app/features/board/ui/participant-panels';
import { useT } from '#app/i18n/i18n';
import { useLive } from '#app/realtime/use-live';
import { parseForm } from '#app/utils/forms';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/board-participant';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

async function boardAndMember(request: Request, rawCode: string) {
  const code = normaliseJoinCode(rawCode);
  if (!code) notFound();
  const board = await findBoardByCode(code);
  const token = readDeviceToken(request);
  const member = token ? await findMember({ orgId: board.orgId, boardId: board.id, deviceHash: hashDevice(token) }) : null;
  return { code, board, token, member };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { code, board, member } = await boardAndMember(request, params.code);
  // One address per board: a typed "ktpm rs" ends up at /p/board/KTPMRS.
  if (code !== params.code) throw redirect(`/p/board/${code}`);
  // For forms without JavaScript: a fresh idempotency key per page load.
  const key = crypto.randomUUID();
  if (!member) return { joined: false as const, code, title: board.title, key, view: null, displayName: '' };
  const view: BoardView = await loadBoardView({ orgId: board.orgId, boardId: board.id, audience: 'participant', memberId: member.memberId });
  return { joined: true as const, code, title: board.title, key, view, displayName: member.displayName };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { code, board, token, member } = await boardAndMember(request, params.code);
  const form = await request.formData();
  const parsed = parseForm(ZParticipant, form);
  if (!parsed.ok) return invalid(parsed, form);
  const input = parsed.data;
  const scope = { orgId: board.orgId, boardId: board.id };
  if (input.intent === 'join') {
    const device = token ?? newDeviceToken();
    await joinBoard({ ...scope, deviceHash: hashDevice(device), displayName: input.displayName });
    throw redirect(`/p/board/${code}`, { headers: { 'Set-Cookie': deviceCookie(device) } });
  }
  if (!member) return refused('board.notJoined', form);
  const memberId = member.memberId;
  switch (input.intent) {
    case 'note': {
      const r = await orRefused(form, () => addNote({ ...scope, memberId, column: input.column, text: input.text, onBehalf: false, key: input.key }));
      return r.ok ? done(form) : r.response;
    }
    case 'idea': {
      const r = await orRefused(form, () => addIdea({ ...scope, memberId, themeId: input.themeId, text: input.text, onBehalf: false, key: input.key }));
      return r.ok ? done(form) : r.response;
    }
    case 'vote': {
      const r = await orRefused(form, () =>
        castVote({ ...scope, memberId, ideaId: input.ideaId, criterion: input.criterion, dots: input.dots, key: input.key }),
      );
      if (!r.ok) return r.response;
      if (!r.value.ok)
        return refused(r.value.reason === 'budget' ? 'board.voteNoDotsLeft' : r.value.reason === 'max' ? 'board.voteMaxPerIdea' : 'board.voteNotNow', form);
      return done(form);
    }
    case 'pledge': {
      const r = await orRefused(form, () =>
        addPledge({ ...scope, memberId, text: input.text, reminderEmail: input.email, reminderWeeks: input.email ? (input.weeks ?? 4) : null, key: input.key }),
      );
      return r.ok ? done(form) : r.response;
    }
  }
}

export default function BoardParticipant() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const live = useLive(data.view ? [data.view.channel] : []);
  if (!data.view) return <JoinForm code={data.code} title={data.title} />;
  const view = data.view;
  return (
    <div className="spiegel-page board-phone">
      <title>{`${t('board.title')} · Spiegel`}</title>
      <meta name="robots" content="noindex" />
      <Heading level={1}>{t('board.title')}</Heading>
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
      <ParticipantPhase view={view} idemKey={data.key} />
    </div>
  );
}

function JoinForm({ code, title }: { code: string; title: string }) {
  const t = useT();
  const result = useActionData<typeof action>();
  const state = result && 'errors' in result ? result : undefined;
  return (
    <div className="spiegel-page board-phone">
      <title>{`${t('board.joinTitle')} · Spiegel`}</title>
      <meta name="robots" content="noindex" />
      <Heading level={1}>{t('board.joinTitle')}</Heading>
      <Paragraph lead>{t('board.joinIntro', { title })}</Paragraph>
      <Paragraph>{t('board.joinNoAccount')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" action={`/p/board/${code}`} className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="join" />
        <TextField name="displayName" label={t('board.joinNameLabel')} description={t('board.joinNameHint')} state={state} autoComplete="given-name" />
        <Button>{t('board.joinButton')}</Button>
      </Form>
    </div>
  );
}
