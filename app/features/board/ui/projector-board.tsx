// What the projector shows below the phase and the join code, per phase, in large type.
import { Heading } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { BoardView } from '../domain/types';
import { criterionLabel, NotesBoard, Prompts, TopList, TouchedNotes } from './board-ui';

export function ProjectorBoard({ view }: { view: BoardView }) {
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
