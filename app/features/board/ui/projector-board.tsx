// What the projector shows below the phase and the join code, per phase, in large type. It fills the
// wall and never scrolls: type and columns shrink with the number of items (never under 24 px at
// 1080p), and what still does not fit is split into pages that take turns ("Pagina 1 / 3").
import { type CSSProperties, type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Heading, Paragraph } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { barPercent, type PageRange, pageRanges, projectorDensity } from '../domain/projector-pages';
import type { BoardIdeaView, BoardNoteView, BoardView, RankedItem, VoteCriterion } from '../domain/types';
import { CLUSTER_COLUMNS, criterionLabel, groupByTheme, NoteMarks, Prompts } from './board-ui';

/** How long one page stays on the wall before the next takes its turn. */
const PAGE_MS = 15_000;

export function ProjectorBoard({ view }: { view: BoardView }) {
  const t = useT();
  switch (view.phase) {
    case 'touched':
      return <TouchedWall notes={view.notes} />;
    case 'heard':
    case 'themes':
      return <ThemesWall view={view} />;
    case 'ideas':
      return (
        <div className="projector-phase projector-phase--aside">
          <div className="projector-phase">
            {view.ideasRevealed ? <IdeasWall view={view} /> : <p className="board-projector__big">{t('board.ideasHiddenCount', { count: view.ideaCount })}</p>}
          </div>
          <aside className="projector-aside">
            <Prompts level={2} />
          </aside>
        </div>
      );
    case 'vote':
      return <IdeasWall view={view} withTallies />;
    case 'tomorrow':
      return <PledgesWall pledges={view.pledges} />;
    case 'closed':
      return (
        <div className="projector-phase">
          {view.top ? <TopWall top={view.top} /> : null}
          <p className="board-projector__big projector-footnote">{t('board.pledgeCount', { count: view.pledges.length })}</p>
        </div>
      );
  }
}

/**
 * The pages of `count` items that fit the box `ref` points at. It starts with everything on one
 * page and, before the browser paints, lowers the capacity while the page overflows; a new set of
 * items or a new window size starts again. Pages take turns every PAGE_MS.
 */
function useFittedPages(count: number, signature: string, ref: RefObject<HTMLElement | null>): { pages: PageRange[]; current: number } {
  const all = Math.max(1, count);
  const [capacity, setCapacity] = useState(all);
  const [page, setPage] = useState(0);
  // A new window size renders again (even when the capacity was already everything) and fits anew.
  const [viewport, setViewport] = useState('');
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setCapacity(all);
  }
  const pages = pageRanges(count, capacity);
  const current = Math.min(page, pages.length - 1);
  const range = pages[current]!;
  // Measured again whenever the page's items, the page or the window change.
  useLayoutEffect(() => {
    const box = ref.current;
    const size = range.end - range.start;
    if (!box || size <= 1) return;
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1) setCapacity(size - 1);
  }, [ref, range.start, range.end, signature, viewport]);
  useEffect(() => {
    const refit = () => {
      setViewport(`${window.innerWidth}x${window.innerHeight}`);
      setCapacity(all);
    };
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [all]);
  useEffect(() => {
    if (pages.length < 2) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages.length), PAGE_MS);
    return () => clearInterval(timer);
  }, [pages.length]);
  return { pages, current };
}

/** A box that shows the page of `units` that fits, with "Pagina 1 / 3" below it when there are more. */
function Paged<T>({ units, keyOf, children }: { units: readonly T[]; keyOf: (unit: T) => string; children: (onPage: readonly T[]) => ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const { pages, current } = useFittedPages(units.length, units.map(keyOf).join(' '), ref);
  const range = pages[current]!;
  const density = projectorDensity(units.length);
  const style = { '--projector-size': `${density.size}rem`, '--projector-column': `${density.minColumn}rem` } as CSSProperties;
  return (
    <div className="projector-paged">
      <div ref={ref} className="projector-fit" style={style} data-testid="projector-fit" data-count={units.length}>
        {children(units.slice(range.start, range.end))}
      </div>
      {pages.length > 1 ? (
        <p className="projector-pages" data-testid="projector-pages">
          {t('board.projectorPage', { page: current + 1, pages: pages.length })}
        </p>
      ) : null}
    </div>
  );
}

function NoteCard({ note }: { note: BoardNoteView }) {
  return (
    <li className="board-note projector-arrive" data-testid="board-note" data-note-id={note.id}>
      <p className="board-note__text">{note.text}</p>
      <NoteMarks note={note} />
    </li>
  );
}

/** The first phase, "what touched us": one grid of notes. */
function TouchedWall({ notes }: { notes: readonly BoardNoteView[] }) {
  const t = useT();
  const touched = notes.filter((n) => n.column === 'touched');
  return (
    <section className="projector-phase" aria-labelledby="touched-notes">
      <Heading level={2} id="touched-notes">
        {t('board.column_touched')}
      </Heading>
      {touched.length === 0 ? (
        <Paragraph>{t('board.noNotes')}</Paragraph>
      ) : (
        <Paged units={touched} keyOf={(n) => n.id}>
          {(onPage) => (
            <ul className="board-notes projector-grid">
              {onPage.map((note) => (
                <NoteCard key={note.id} note={note} />
              ))}
            </ul>
          )}
        </Paged>
      )}
    </section>
  );
}

type GroupUnit = { groupId: string | null; name: string; note: BoardNoteView | null };

/** Per theme (and "no theme yet") the notes in "goes well" and "is difficult"; a theme without notes still shows. */
function ThemesWall({ view }: { view: BoardView }) {
  const t = useT();
  const units: GroupUnit[] = [];
  for (const group of groupByTheme(view.notes, view.themes)) {
    const name = group.themeId ? group.name : t('board.noTheme');
    if (group.notes.length === 0) {
      if (group.themeId !== null || view.themes.length === 0) units.push({ groupId: group.themeId, name, note: null });
      continue;
    }
    for (const column of CLUSTER_COLUMNS) for (const note of group.notes.filter((n) => n.column === column)) units.push({ groupId: group.themeId, name, note });
  }
  return (
    <div className="projector-phase">
      <Paged units={units} keyOf={(u) => `${u.groupId ?? ''}:${u.name}:${u.note?.id ?? ''}`}>
        {(onPage) => (
          <div className="projector-groups">
            {runs(onPage, (u) => u.groupId).map((run) => {
              const first = run[0]!;
              const headingId = `group-${first.groupId ?? 'none'}`;
              const notes = run.flatMap((u) => (u.note ? [u.note] : []));
              return (
                <section
                  key={first.groupId ?? 'none'}
                  className={`board-group projector-arrive${first.groupId ? '' : ' board-group--unassigned'}`}
                  aria-labelledby={headingId}
                  data-testid="board-group"
                  data-theme-id={first.groupId ?? ''}
                >
                  <Heading level={2} id={headingId}>
                    {first.name}
                  </Heading>
                  <div className="board-columns projector-columns">
                    {CLUSTER_COLUMNS.map((column) => {
                      const inColumn = notes.filter((n) => n.column === column);
                      return (
                        <div key={column} className={`board-column board-column--${column}`}>
                          <p className="board-column__title">{t(`board.column_${column}`)}</p>
                          {inColumn.length === 0 ? (
                            <p className="board-empty">–</p>
                          ) : (
                            <ul className="board-notes">
                              {inColumn.map((note) => (
                                <NoteCard key={note.id} note={note} />
                              ))}
                            </ul>
                          )}
                        </div>
                      );
                    })}
                  </div>
                </section>
              );
            })}
          </div>
        )}
      </Paged>
    </div>
  );
}

/** Consecutive units with the same group, kept in order (a group split over two pages shows on both). */
function runs<T>(units: readonly T[], groupOf: (unit: T) => string | null): T[][] {
  const out: T[][] = [];
  for (const unit of units) {
    const last = out.at(-1);
    if (last && groupOf(last[0]!) === groupOf(unit)) last.push(unit);
    else out.push([unit]);
  }
  return out;
}

type IdeaUnit = { themeId: string; themeName: string; idea: BoardIdeaView };

/** Ideas per theme; while voting with tallies shown, each with its dots as bars and as text. */
function IdeasWall({ view, withTallies = false }: { view: BoardView; withTallies?: boolean }) {
  const t = useT();
  const units: IdeaUnit[] = view.themes.flatMap((theme) =>
    view.ideas.filter((i) => i.themeId === theme.id).map((idea) => ({ themeId: theme.id, themeName: theme.name, idea })),
  );
  // One scale for the whole wall, so bars on different pages compare.
  const max = Math.max(0, ...view.ideas.flatMap((idea) => view.criteria.map((c) => idea.tally?.[c] ?? 0)));
  return (
    <div className="projector-phase">
      <Paged units={units} keyOf={(u) => u.idea.id}>
        {(onPage) => (
          <div className="projector-groups">
            {runs(onPage, (u) => u.themeId).map((run) => {
              const first = run[0]!;
              return (
                <section key={first.themeId} className="board-group" aria-labelledby={`p-theme-${first.themeId}`}>
                  <Heading level={2} id={`p-theme-${first.themeId}`}>
                    {first.themeName}
                  </Heading>
                  <ul className="board-ideas">
                    {run.map(({ idea }) => (
                      <li key={idea.id} className="board-idea projector-arrive" data-testid="projector-idea">
                        <p className="board-idea__text">
                          {idea.text}
                          {idea.onBehalf ? <span className="board-mark">{t('board.markOnBehalf')}</span> : null}
                        </p>
                        {withTallies && idea.tally
                          ? view.criteria.map((c) => (
                              <DotsBar
                                key={c}
                                label={t('board.projectorDotsFor', { criterion: criterionLabel(t, c), idea: idea.text })}
                                criterion={view.criteria.length > 1 ? c : null}
                                value={idea.tally?.[c] ?? 0}
                                max={max}
                              />
                            ))
                          : null}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
      </Paged>
    </div>
  );
}

/** Dots as a bar (its width) with the number as text beside it; a meter for assistive technology. */
function DotsBar({ label, criterion, value, max }: { label: string; criterion: VoteCriterion | null; value: number; max: number }) {
  const t = useT();
  const text = t('board.topDots', { count: value });
  return (
    <div
      className="projector-bar"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.max(1, max, value)}
      aria-valuenow={value}
      aria-valuetext={text}
      data-testid="projector-bar"
    >
      {criterion !== null ? <span className="projector-bar__criterion">{criterionLabel(t, criterion)}</span> : null}
      <span className="projector-bar__track">
        <span className="projector-bar__fill" style={{ inlineSize: `${barPercent(value, max)}%` }} />
      </span>
      <span className="projector-bar__value" data-testid="projector-bar-value">
        {text}
      </span>
    </div>
  );
}

/** The ranked top 10 (more when tied), each with its dots as a bar; ties said out loud. */
function TopWall({ top }: { top: readonly RankedItem[] }) {
  const t = useT();
  const max = Math.max(0, ...top.map((item) => item.dots));
  return (
    <section className="projector-phase" aria-labelledby="board-top" data-testid="board-top">
      <Heading level={2} id="board-top">
        {t('board.topTitle')}
      </Heading>
      {top.length === 0 ? (
        <Paragraph>{t('board.topEmpty')}</Paragraph>
      ) : (
        <Paged units={top} keyOf={(item) => item.ideaId}>
          {(onPage) => (
            <ol className="board-top projector-grid projector-top">
              {onPage.map((item) => (
                <li
                  key={item.ideaId}
                  value={item.rank}
                  className="projector-arrive"
                  data-testid="top-item"
                  data-rank={item.rank}
                  data-tied={item.tied ? 'true' : 'false'}
                >
                  <span className="projector-top__head">
                    <span className="board-top__place">
                      {item.tied ? t('board.topTiedPlace', { rank: item.rank }) : t('board.topPlace', { rank: item.rank })}
                    </span>
                    {item.themeName ? <span className="board-top__meta">{t('board.topTheme', { theme: item.themeName })}</span> : null}
                  </span>
                  <span className="board-top__title">{item.title}</span>
                  <DotsBar
                    label={t('board.projectorDotsFor', { criterion: criterionLabel(t, ''), idea: item.title })}
                    criterion={null}
                    value={item.dots}
                    max={max}
                  />
                </li>
              ))}
            </ol>
          )}
        </Paged>
      )}
    </section>
  );
}

/** "What will we do differently tomorrow?": the room's pledges, without who wrote them. */
function PledgesWall({ pledges }: { pledges: BoardView['pledges'] }) {
  const t = useT();
  return (
    <section className="projector-phase" aria-labelledby="projector-pledges" data-testid="projector-pledges">
      <Heading level={2} id="projector-pledges">
        {t('board.pledgesTitle')}
      </Heading>
      <p className="board-projector__count">{t('board.pledgeCount', { count: pledges.length })}</p>
      {pledges.length === 0 ? null : (
        <Paged units={pledges} keyOf={(p) => p.id}>
          {(onPage) => (
            <ul className="board-notes projector-grid">
              {onPage.map((pledge) => (
                <li key={pledge.id} className="board-note projector-pledge projector-arrive" data-testid="projector-pledge">
                  <p className="board-note__text">{pledge.text}</p>
                </li>
              ))}
            </ul>
          )}
        </Paged>
      )}
    </section>
  );
}
