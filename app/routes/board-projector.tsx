// The projector during the follow-up session: how to join, the phase and the live board in large
// type. No personal data: no names, no e-mail addresses, only what the room already shares.
import { useLoaderData } from 'react-router';
import { Heading, Paragraph } from '#app/components/ui';
import type { BoardView } from '#app/features/board/domain/types';
import { getBoard } from '#app/features/board/server/get-board.server';
import { loadBoardView } from '#app/features/board/server/load-board-view.server';
import boardCss from '#app/features/board/ui/board.css?url';
import { criterionLabel, LiveStatus, NotesBoard, Prompts, TopList, TouchedNotes } from '#app/features/board/ui/board-ui';
import { qrSvg } from '#app/features/materials/server/qr-code.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import { useLive } from '#app/realtime/use-live';
import { config } from '#app/utils/config.server';
import type { Route } from './+types/board-projector';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: boardCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  // Anyone who may view the trajectory may put its board on a screen.
  const ctx = await requireTrajectory(request, params);
  const board = await getBoard({ orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id });
  const joinUrl = `${config.appUrl}/p/board`;
  if (!board) return { view: null, joinUrl, qr: '' };
  const view: BoardView = await loadBoardView({ orgId: ctx.orgId, boardId: board.id, audience: 'projector', memberId: null });
  return { view, joinUrl, qr: await qrSvg(`${joinUrl}/${view.joinCode}`) };
}

export default function BoardProjector() {
  const { view, joinUrl, qr } = useLoaderData<typeof loader>();
  const t = useT();
  const live = useLive(view ? [view.channel] : []);
  if (!view) {
    return (
      <div className="board-projector spiegel-stack">
        <title>{`${t('board.projectorTitle')} · Spiegel`}</title>
        <Heading level={1}>{t('board.title')}</Heading>
        <Paragraph lead>{t('board.projectorNoBoard')}</Paragraph>
      </div>
    );
  }
  return (
    <div className="board-projector">
      <title>{`${t('board.projectorTitle')} · Spiegel`}</title>
      <div className="board-projector__top">
        <div className="board-projector__phase">
          <Heading level={1}>{t(`board.phase_${view.phase}`)}</Heading>
          <p className="board-projector__explain">{t(`board.explain_${view.phase}`)}</p>
          <p className="board-projector__members">{t('board.projectorMembers', { count: view.memberCount })}</p>
          <LiveStatus state={live} />
        </div>
        {view.phase === 'closed' ? null : (
          <div className="board-projector__join" data-testid="projector-join">
            <p>{t('board.projectorJoin', { url: joinUrl })}</p>
            <p className="board-code" data-testid="projector-code">
              {view.joinCode}
            </p>
            {/* The SVG is made on the server by the qrcode package from the board's own link. */}
            <div
              className="board-projector__qr"
              role="img"
              aria-label={t('board.projectorQrLabel', { code: view.joinCode })}
              dangerouslySetInnerHTML={{ __html: qr }}
            />
          </div>
        )}
      </div>
      <div className="board-projector__board">
        <ProjectorBoard view={view} />
      </div>
    </div>
  );
}

function ProjectorBoard({ view }: { view: BoardView }) {
  const t = useT();
  switch (view.phase) {
    case 'touched':
      return <TouchedNotes notes={view.notes} level={2} />;
    case 'heard':
    case 'themes':
      return <NotesBoard notes={view.notes} themes={view.themes} level={2} alwaysShowUnassigned={view.themes.length === 0} />;
    case 'ideas':
      return (
        <>
          <Prompts level={2} />
          {view.ideasRevealed ? <IdeasByTheme view={view} /> : <p className="board-projector__big">{t('board.ideasHiddenCount', { count: view.ideaCount })}</p>}
        </>
      );
    case 'vote':
      return <IdeasByTheme view={view} withTallies />;
    case 'tomorrow':
      return <p className="board-projector__big">{t('board.pledgeCount', { count: view.pledges.length })}</p>;
    case 'closed':
      return (
        <>
          {view.top ? <TopList top={view.top} level={2} /> : null}
          <p className="board-projector__big">{t('board.pledgeCount', { count: view.pledges.length })}</p>
        </>
      );
  }
}

function IdeasByTheme({ view, withTallies = false }: { view: BoardView; withTallies?: boolean }) {
  const t = useT();
  return (
    <div className="board-groups">
      {view.themes.map((theme) => {
        const ideas = view.ideas.filter((i) => i.themeId === theme.id);
        if (ideas.length === 0) return null;
        return (
          <section key={theme.id} className="board-group" aria-labelledby={`p-theme-${theme.id}`}>
            <Heading level={2} id={`p-theme-${theme.id}`}>
              {theme.name}
            </Heading>
            <ul className="board-ideas">
              {ideas.map((idea) => (
                <li key={idea.id} className="board-idea" data-testid="projector-idea">
                  {idea.text}
                  {withTallies && idea.tally ? (
                    <span className="board-tally">
                      {' '}
                      ·{' '}
                      {view.criteria.length > 1
                        ? view.criteria.map((c) => `${criterionLabel(t, c)} ${idea.tally?.[c] ?? 0}`).join(' · ')
                        : t('board.tallyTotal', { count: idea.total ?? 0 })}
                    </span>
                  ) : null}
                  {idea.onBehalf ? <span className="board-mark">{t('board.markOnBehalf')}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
