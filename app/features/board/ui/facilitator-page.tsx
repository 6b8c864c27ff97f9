// The facilitator's and the guardian's page for step 7; others in the organisation see the projector link.
import { Alert, Button, Heading, Link, Paragraph } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { useLive } from '#app/realtime/use-live';
import type { BoardView, QuoteSearch } from '../domain/types';
import { BoardForm, LiveStatus, Panel, TopList, TouchedNotes } from './board-ui';
import {
  BehalfPanel,
  ClosePanel,
  ClusterPanel,
  HideNoteForm,
  IdeasOverview,
  ModerationPanel,
  NotesContext,
  PhaseStepper,
  PledgeList,
  RevealPanel,
  SettingsPanel,
  VotingPanel,
} from './facilitator-panels';

type Props = {
  view: BoardView | null;
  quoteSearch: QuoteSearch;
  canRun: boolean;
  canCurate: boolean;
  boardOpen: boolean;
  joinUrl: string;
  base: string;
  idemKey: string;
};

export function FacilitatorPage({ view: all, canRun, canCurate, boardOpen, joinUrl, base, idemKey, quoteSearch }: Props) {
  const t = useT();
  const live = useLive(all ? [all.channel] : []);
  // Notes waiting for "Tonen" are in their own panel; the board's panels hold what the room sees.
  const view = all && { ...all, notes: all.notes.filter((note) => !note.waiting) };
  return (
    <div className="spiegel-stack board-facilitator">
      <title>{`${t('board.title')} · Spiegel`}</title>
      <Heading level={1}>{t('board.title')}</Heading>
      <Paragraph>{t('board.facIntro')}</Paragraph>
      <Paragraph>
        <Link to={`${base}/reports/follow-up`}>{t('reports.followUpLink')}</Link>
      </Paragraph>
      {!canCurate ? (
        <Panel id="others-section" title={t('board.othersTitle')} card>
          <Paragraph>{t('board.othersExplain')}</Paragraph>
          {boardOpen ? (
            <Paragraph>
              <Link to={`${base}/board/projector`}>{t('board.projectorLink')}</Link>
            </Paragraph>
          ) : (
            <Paragraph>{t('board.projectorNoBoard')}</Paragraph>
          )}
        </Panel>
      ) : !view ? (
        <Panel id="open-section" title={t('board.openTitle')} card>
          <Paragraph>{t('board.openExplain')}</Paragraph>
          {canRun ? (
            <BoardForm intent="open">
              <Button>{t('board.openButton')}</Button>
            </BoardForm>
          ) : (
            <Paragraph>{t('board.notAllowedToRun')}</Paragraph>
          )}
        </Panel>
      ) : (
        <NotesContext.Provider value={new Map(view.notes.map((n) => [n.id, n.text]))}>
          <Panel id="join-section" title={t('board.joinSection')} card>
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
          </Panel>
          {canRun ? <PhaseStepper view={view} /> : <Paragraph>{t('board.notAllowedToRun')}</Paragraph>}
          {view.closed || !all ? null : <ModerationPanel view={all} canRun={canRun} />}
          {view.phase === 'touched' ? (
            <TouchedNotes
              notes={view.notes}
              level={2}
              controls={(note) => (
                <div className="board-note__controls">
                  {note.hidden ? <p className="board-comment">{t('board.markHiddenHint')}</p> : null}
                  <HideNoteForm note={note} />
                </div>
              )}
            />
          ) : null}
          {canRun ? <BehalfPanel view={view} idemKey={idemKey} /> : null}
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
