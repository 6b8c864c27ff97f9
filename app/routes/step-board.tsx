// Step 7, the follow-up session: the facilitator runs the phases, the guardian keeps notes close to
// the parents' words. Curating needs canCurateBoard; running (phases, settings, closing) canRunBoard.
import { useLoaderData } from 'react-router';
import { canCurateBoard, canRunBoard } from '#app/auth/permissions';
import { Alert, Button, Heading, Link, Paragraph } from '#app/components/ui';
import type { BoardView } from '#app/features/board/domain/types';
import { CURATE_INTENTS, done, invalid, orRefused, RUN_INTENTS, suggestionKey, ZCurate, ZRun } from '#app/features/board/forms';
import { acceptSuggestion } from '#app/features/board/server/accept-suggestion.server';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { addNote } from '#app/features/board/server/add-note.server';
import { closeBoard } from '#app/features/board/server/close-board.server';
import { createTheme } from '#app/features/board/server/create-theme.server';
import { enterPaperVotes } from '#app/features/board/server/enter-paper-votes.server';
import { findMember } from '#app/features/board/server/find-member.server';
import { flagInterpretation } from '#app/features/board/server/flag-interpretation.server';
import { getBoard } from '#app/features/board/server/get-board.server';
import { linkQuote } from '#app/features/board/server/link-quote.server';
import { loadBoardView } from '#app/features/board/server/load-board-view.server';
import { mergeThemes } from '#app/features/board/server/merge-themes.server';
import { openBoard } from '#app/features/board/server/open-board.server';
import { renameTheme } from '#app/features/board/server/rename-theme.server';
import { revealIdeas } from '#app/features/board/server/reveal-ideas.server';
import { searchQuotes } from '#app/features/board/server/search-quotes.server';
import { setNoteTheme } from '#app/features/board/server/set-note-theme.server';
import { setPhase } from '#app/features/board/server/set-phase.server';
import { suggestThemes } from '#app/features/board/server/suggest-themes.server';
import { unlinkQuote } from '#app/features/board/server/unlink-quote.server';
import { updateBoardSettings } from '#app/features/board/server/update-board-settings.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { BoardForm, LiveStatus, TopList, TouchedNotes } from '#app/features/board/ui/board-ui';
import {
  BehalfPanel,
  ClosePanel,
  ClusterPanel,
  IdeasOverview,
  NotesContext,
  PhaseStepper,
  PledgeList,
  RevealPanel,
  SettingsPanel,
  VotingPanel,
} from '#app/features/board/ui/facilitator-panels';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { useLive } from '#app/realtime/use-live';
import { config } from '#app/utils/config.server';
import { formValues, parseForm } from '#app/utils/forms';
import { forbidden, notFound } from '#app/utils/http.server';
import type { Route } from './+types/step-board';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

async function boardPage(request: Request, params: Route.LoaderArgs['params']) {
  const ctx = await requireTrajectory(request, params);
  const canRun = canRunBoard(ctx.actor, ctx.myRoles);
  const canCurate = canCurateBoard(ctx.actor, ctx.myRoles);
  return { ...ctx, canRun, canCurate, scope: { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id } };
}

async function requireBoardPage(request: Request, params: Route.LoaderArgs['params']) {
  const ctx = await boardPage(request, params);
  if (!ctx.canCurate) forbidden();
  return ctx;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await boardPage(request, params);
  const base = `/o/${ctx.org.slug}/t/${ctx.trajectory.id}`;
  const common = { base, canRun: ctx.canRun, canCurate: ctx.canCurate, joinUrl: `${config.appUrl}/p/board`, key: crypto.randomUUID() };
  const board = await getBoard(ctx.scope);
  // Others in the organisation may follow the session on the projector view, which has no personal data.
  if (!ctx.canCurate) return { ...common, view: null, quoteSearch: null, boardOpen: board !== null };
  if (!board) return { ...common, view: null, quoteSearch: null, boardOpen: false };
  const member = await findMember({ orgId: ctx.orgId, boardId: board.id, userId: ctx.actor.userId });
  const view: BoardView = await loadBoardView({ orgId: ctx.orgId, boardId: board.id, audience: 'facilitator', memberId: member?.memberId ?? null });
  const url = new URL(request.url);
  const noteId = url.searchParams.get('note') ?? '';
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const quoteSearch =
    noteId && view.notes.some((n) => n.id === noteId)
      ? { noteId, q, results: await searchQuotes({ orgId: ctx.orgId, boardId: board.id, noteId, query: q }) }
      : null;
  return { ...common, view, quoteSearch, boardOpen: true };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireBoardPage(request, params);
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  const { orgId } = ctx;
  if (RUN_INTENTS.includes(intent)) {
    if (!ctx.canRun) forbidden();
    const parsed = parseForm(ZRun, form);
    if (!parsed.ok) return invalid(parsed, form);
    const input = parsed.data;
    if (input.intent === 'open') {
      await openBoard(ctx.scope);
      return done(form);
    }
    const board = await getBoard(ctx.scope);
    if (!board) notFound();
    const boardId = board.id;
    const r = await orRefused(form, async () => {
      switch (input.intent) {
        case 'phase':
          return setPhase({ orgId, boardId, phase: input.phase });
        case 'settings':
          return updateBoardSettings({
            orgId,
            boardId,
            settings: {
              dotsPerPerson: input.dotsPerPerson,
              maxDotsPerIdea: input.maxDotsPerIdea,
              byCriteria: input.byCriteria,
              talliesLive: input.talliesLive,
            },
          });
        case 'reveal':
          return revealIdeas({ orgId, boardId, revealed: input.revealed });
        case 'note':
          return addNote({ orgId, boardId, memberId: null, column: input.column, text: input.text, onBehalf: true, key: input.key });
        case 'idea':
          return addIdea({ orgId, boardId, memberId: null, themeId: input.themeId, text: input.text, onBehalf: true, key: input.key });
        case 'paper-votes':
          return enterPaperVotes({ orgId, actorId: ctx.actor.userId, boardId, ideaId: input.ideaId, criterion: input.criterion, dots: input.dots });
        case 'close':
          return closeBoard({ orgId, boardId });
      }
    });
    return r.ok ? done(form) : r.response;
  }
  if (CURATE_INTENTS.includes(intent)) {
    const parsed = parseForm(ZCurate, form);
    if (!parsed.ok) return invalid(parsed, form);
    const input = parsed.data;
    const board = await getBoard(ctx.scope);
    if (!board) notFound();
    const boardId = board.id;
    if (input.intent === 'suggest') {
      const rejected = new Set(input.rejected);
      const suggestions = (await suggestThemes({ orgId, boardId })).filter((s) => !rejected.has(suggestionKey(s.noteIds)));
      return { ...done(form), suggestions, rejected: input.rejected };
    }
    const r = await orRefused(form, async () => {
      switch (input.intent) {
        case 'theme-create':
          return createTheme({ orgId, boardId, name: input.name });
        case 'theme-rename':
          return renameTheme({ orgId, boardId, themeId: input.themeId, name: input.name });
        case 'theme-merge':
          return mergeThemes({ orgId, boardId, fromId: input.fromId, intoId: input.intoId });
        case 'note-theme':
          return setNoteTheme({ orgId, boardId, noteId: input.noteId, themeId: input.themeId });
        case 'suggestion-accept':
          return acceptSuggestion({ orgId, boardId, suggestion: { themeId: input.themeId, name: input.name, noteIds: input.noteIds } });
        case 'quote-link':
          return linkQuote({ orgId, actorId: ctx.actor.userId, boardId, noteId: input.noteId, minuteNoteId: input.minuteNoteId, quoteIndex: input.quoteIndex });
        case 'quote-unlink':
          return unlinkQuote({ orgId, boardId, noteId: input.noteId, minuteNoteId: input.minuteNoteId, quoteIndex: input.quoteIndex });
        case 'interpretation':
          return flagInterpretation({
            orgId,
            boardId,
            noteId: input.noteId,
            interpretation: input.interpretation,
            comment: input.interpretation ? input.comment : '',
          });
      }
    });
    return r.ok ? done(form) : r.response;
  }
  return invalid({ ok: false, errors: { _form: 'validation.invalid' }, values: formValues(form) }, form);
}

export default function StepBoard() {
  const { view, canRun, canCurate, boardOpen, joinUrl, base, key, quoteSearch } = useLoaderData<typeof loader>();
  const t = useT();
  const live = useLive(view ? [view.channel] : []);
  return (
    <div className="spiegel-stack board-facilitator">
      <title>{`${t('board.title')} · Spiegel`}</title>
      <Heading level={1}>{t('board.title')}</Heading>
      <Paragraph>{t('board.facIntro')}</Paragraph>
      {!canCurate ? (
        <section aria-labelledby="others-section" className="spiegel-card spiegel-stack">
          <Heading level={2} id="others-section">
            {t('board.othersTitle')}
          </Heading>
          <Paragraph>{t('board.othersExplain')}</Paragraph>
          {boardOpen ? (
            <Paragraph>
              <Link to={`${base}/board/projector`}>{t('board.projectorLink')}</Link>
            </Paragraph>
          ) : (
            <Paragraph>{t('board.projectorNoBoard')}</Paragraph>
          )}
        </section>
      ) : !view ? (
        <section aria-labelledby="open-section" className="spiegel-card spiegel-stack">
          <Heading level={2} id="open-section">
            {t('board.openTitle')}
          </Heading>
          <Paragraph>{t('board.openExplain')}</Paragraph>
          {canRun ? (
            <BoardForm intent="open">
              <Button>{t('board.openButton')}</Button>
            </BoardForm>
          ) : (
            <Paragraph>{t('board.notAllowedToRun')}</Paragraph>
          )}
        </section>
      ) : (
        <NotesContext.Provider value={new Map(view.notes.map((n) => [n.id, n.text]))}>
          <section aria-labelledby="join-section" className="spiegel-card spiegel-stack">
            <Heading level={2} id="join-section">
              {t('board.joinSection')}
            </Heading>
            <Paragraph>{t('board.joinAddress', { url: joinUrl })}</Paragraph>
            <p className="board-code" data-testid="join-code" aria-label={`${t('board.codeLabel')}: ${view.joinCode.split('').join(' ')}`}>
              {view.joinCode}
            </p>
            <Paragraph>{t('board.memberCount', { count: view.memberCount })}</Paragraph>
            <Paragraph>
              <Link to={`${base}/board/projector`} target="_blank" rel="noopener">
                {t('board.projectorLink')}
              </Link>
            </Paragraph>
            <LiveStatus state={live} />
          </section>
          {canRun ? <PhaseStepper view={view} /> : <Paragraph>{t('board.notAllowedToRun')}</Paragraph>}
          {view.phase === 'touched' ? <TouchedNotes notes={view.notes} level={2} /> : null}
          {canRun ? <BehalfPanel view={view} idemKey={key} /> : null}
          {view.phase === 'heard' || view.phase === 'themes' || view.phase === 'ideas' ? <ClusterPanel view={view} quoteSearch={quoteSearch} /> : null}
          {canRun && view.phase === 'ideas' ? <RevealPanel view={view} /> : null}
          {view.phase === 'ideas' ? <IdeasOverview view={view} /> : null}
          {canRun && (view.phase === 'ideas' || view.phase === 'vote') ? <SettingsPanel view={view} /> : null}
          {view.phase === 'vote' || view.phase === 'tomorrow' ? <VotingPanel view={view} /> : null}
          {view.phase === 'tomorrow' || view.phase === 'closed' ? <PledgeList view={view} /> : null}
          {canRun && (view.phase === 'vote' || view.phase === 'tomorrow') ? <ClosePanel /> : null}
          {view.top ? (
            <>
              <Alert type="ok">{t('board.closedDraftAgenda')}</Alert>
              <TopList top={view.top} level={2} />
            </>
          ) : null}
        </NotesContext.Provider>
      )}
    </div>
  );
}
