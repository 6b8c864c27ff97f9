// What the phone shows in each phase of the follow-up session.
import { useEffect, useRef } from 'react';
import { Button, Paragraph, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { OwnVote } from '../domain/live';
import { columnsFor } from '../domain/phases';
import type { BoardIdeaView, BoardNoteView, BoardView } from '../domain/types';
import { BoardForm, criterionLabel, NotesBoard, Panel, Prompts, TopList, TouchedNotes } from './board-ui';
import { VoteControl } from './vote-control';

/**
 * `onNoteSent` hears the id of each note this phone sent (the note itself arrives pushed, like
 * everyone's), `onVoted` each answered vote (own dots travel in no event).
 */
export function ParticipantPhase({
  view,
  idemKey,
  onNoteSent,
  onVoted,
}: {
  view: BoardView;
  idemKey: string;
  onNoteSent?: (id: string) => void;
  onVoted?: (vote: OwnVote) => void;
}) {
  const t = useT();
  // On a moderated board the phone says so before anyone writes (issue 14, 5e).
  const moderated = view.moderated ? <Paragraph>{t('board.phoneModerated')}</Paragraph> : null;
  switch (view.phase) {
    case 'touched':
      return (
        <>
          {moderated}
          <TouchedForm idemKey={idemKey} onNoteSent={onNoteSent} />
          <TouchedNotes notes={view.notes} level={2} showMine controls={ownNoteControls(view)} />
        </>
      );
    case 'heard':
    case 'themes':
      return (
        <>
          {moderated}
          <HeardForm idemKey={idemKey} onNoteSent={onNoteSent} />
          <BoardSection view={view} />
        </>
      );
    case 'ideas':
      return <IdeasPanel view={view} idemKey={idemKey} />;
    case 'vote':
      return <VotePanel view={view} idemKey={idemKey} onVoted={onVoted} />;
    case 'tomorrow':
      return <PledgePanel view={view} idemKey={idemKey} />;
    case 'closed':
      return (
        <>
          {view.top ? <TopList top={view.top} level={2} /> : null}
          <MyPledges view={view} />
        </>
      );
  }
}

type NoteFormProps = { idemKey: string; onNoteSent?: (id: string) => void };
const noteId = (onNoteSent: NoteFormProps['onNoteSent']) => (value: unknown) => onNoteSent?.((value as { id: string }).id);

function TouchedForm({ idemKey, onNoteSent }: NoteFormProps) {
  const t = useT();
  return (
    <BoardForm intent="note" fields={{ column: 'touched' }} idemKey={idemKey} resetOnSuccess onSuccess={noteId(onNoteSent)} success="board.noteSent">
      {(state) => (
        <>
          <TextAreaField name="text" label={t('board.noteLabelTouched')} state={state} rows={3} idPrefix="touched" />
          <Button>{t('board.noteSend')}</Button>
        </>
      )}
    </BoardForm>
  );
}

/** One text, two buttons: the button says in which column the note goes (fewer taps on a phone). */
function HeardForm({ idemKey, onNoteSent }: NoteFormProps) {
  const t = useT();
  return (
    <BoardForm intent="note" idemKey={idemKey} resetOnSuccess onSuccess={noteId(onNoteSent)} success="board.noteSent">
      {(state) => (
        <>
          <TextAreaField name="text" label={t('board.noteLabelHeard')} state={state} rows={3} idPrefix="heard" />
          <div className="utrecht-button-group board-buttons">
            <Button name="column" value="goes_well">
              {t('board.noteSendGoesWell')}
            </Button>
            <Button name="column" value="difficult">
              {t('board.noteSendDifficult')}
            </Button>
          </div>
        </>
      )}
    </BoardForm>
  );
}

/** A phone may change or delete its own note while the note's phase is open (the server checks both). */
const ownNoteControls = (view: BoardView) => (note: BoardNoteView) =>
  note.mine && columnsFor(view.phase).includes(note.column) ? <OwnNoteControls note={note} /> : null;

function OwnNoteControls({ note }: { note: BoardNoteView }) {
  const t = useT();
  // The note's text is said once on the screen: the field gets it as its value once the page runs
  // (not as its content, which would repeat the note); without JavaScript it starts empty.
  const prefill = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const field = prefill.current?.querySelector('textarea');
    if (field && field.value === '') field.value = note.text;
  }, [note.text]);
  return (
    <details className="board-details">
      <summary aria-label={t('board.noteEditFor', { text: note.text })}>{t('board.noteEdit')}</summary>
      <div className="spiegel-stack" ref={prefill}>
        <BoardForm intent="note-edit" target={note.id} fields={{ noteId: note.id }} success="board.noteSaved">
          {(state) => (
            <>
              <TextAreaField name="text" label={t('board.noteEditLabel')} state={state} rows={3} idPrefix={`edit-${note.id}`} />
              <Button>{t('board.noteEditSave')}</Button>
            </>
          )}
        </BoardForm>
        <BoardForm intent="note-delete" target={note.id} fields={{ noteId: note.id }} className="">
          <Button appearance="secondary" aria-label={t('board.noteDeleteLabel', { text: note.text })}>
            {t('board.noteDelete')}
          </Button>
        </BoardForm>
      </div>
    </details>
  );
}

function BoardSection({ view }: { view: BoardView }) {
  const t = useT();
  return (
    <Panel id="board-section" title={t('board.boardTitle')}>
      <NotesBoard notes={view.notes} themes={view.themes} level={2} showMine controls={ownNoteControls(view)} />
    </Panel>
  );
}

function IdeaList({ ideas }: { ideas: readonly BoardIdeaView[] }) {
  const t = useT();
  if (ideas.length === 0) return <Paragraph>{t('board.noIdeas')}</Paragraph>;
  return (
    <ul className="board-ideas">
      {ideas.map((idea) => (
        <li key={idea.id} className="board-idea" data-testid="board-idea">
          {idea.text}
          {idea.onBehalf ? <span className="board-mark">{t('board.markOnBehalf')}</span> : null}
          {idea.mine ? <span className="board-mark">{t('board.markMine')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function IdeasPanel({ view, idemKey }: { view: BoardView; idemKey: string }) {
  const t = useT();
  return (
    <>
      <Prompts level={2} />
      {view.ideasRevealed ? null : <Paragraph>{t('board.ideasHidden')}</Paragraph>}
      {view.themes.length === 0 ? <Paragraph>{t('board.noThemes')}</Paragraph> : null}
      {view.themes.map((theme) => (
        <Panel key={theme.id} id={`theme-${theme.id}`} title={theme.name} card testId="idea-theme">
          <IdeaList ideas={view.ideas.filter((i) => i.themeId === theme.id)} />
          <BoardForm intent="idea" target={theme.id} fields={{ themeId: theme.id }} idemKey={idemKey} resetOnSuccess success="board.ideaSent">
            {(state) => (
              <>
                <TextAreaField name="text" label={t('board.ideaLabel', { theme: theme.name })} state={state} rows={2} idPrefix={`idea-${theme.id}`} />
                <Button>{t('board.ideaSend')}</Button>
              </>
            )}
          </BoardForm>
        </Panel>
      ))}
    </>
  );
}

function VotePanel({ view, idemKey, onVoted }: { view: BoardView; idemKey: string; onVoted?: (vote: OwnVote) => void }) {
  const t = useT();
  const left = view.dotsLeft ?? {};
  return (
    <>
      <div className="board-dots-left" aria-live="polite" data-testid="dots-left">
        {view.criteria.map((c) => (
          <p key={c || 'all'}>
            <strong>
              {c === '' ? t('board.dotsLeft', { count: left[c] ?? 0 }) : t('board.dotsLeftFor', { criterion: criterionLabel(t, c), count: left[c] ?? 0 })}
            </strong>
          </p>
        ))}
      </div>
      {view.settings.talliesLive ? null : <Paragraph>{t('board.talliesHidden')}</Paragraph>}
      {view.themes.map((theme) => {
        const ideas = view.ideas.filter((i) => i.themeId === theme.id);
        if (ideas.length === 0) return null;
        return (
          <Panel key={theme.id} id={`vote-${theme.id}`} title={theme.name}>
            <ul className="board-ideas">
              {ideas.map((idea) => (
                <li key={idea.id} className="board-idea board-idea--vote" data-testid="vote-idea">
                  <p className="board-idea__text">{idea.text}</p>
                  {idea.total !== null ? <p className="board-tally">{t('board.tallyTotal', { count: idea.total })}</p> : null}
                  {view.criteria.map((c) => (
                    <VoteControl
                      key={c || 'all'}
                      ideaId={idea.id}
                      ideaText={idea.text}
                      criterion={c}
                      mine={idea.myDots[c] ?? 0}
                      idemKey={idemKey}
                      onVoted={onVoted}
                    />
                  ))}
                </li>
              ))}
            </ul>
          </Panel>
        );
      })}
    </>
  );
}

function PledgePanel({ view, idemKey }: { view: BoardView; idemKey: string }) {
  const t = useT();
  return (
    <>
      <BoardForm intent="pledge" idemKey={idemKey} resetOnSuccess success="board.pledgeSent">
        {(state) => (
          <>
            <TextAreaField name="text" label={t('board.pledgeLabel')} state={state} rows={3} idPrefix="pledge" />
            <TextField
              name="email"
              type="email"
              label={t('board.pledgeEmailLabel')}
              description={t('board.pledgeEmailHint')}
              state={state}
              autoComplete="email"
              idPrefix="pledge"
            />
            <TextField
              name="weeks"
              type="number"
              inputMode="numeric"
              label={t('board.pledgeWeeksLabel')}
              description={t('board.pledgeWeeksHint')}
              state={state}
              defaultValue="4"
              idPrefix="pledge"
            />
            <Button>{t('board.pledgeSend')}</Button>
          </>
        )}
      </BoardForm>
      <MyPledges view={view} />
    </>
  );
}

function MyPledges({ view }: { view: BoardView }) {
  const t = useT();
  const mine = view.pledges.filter((p) => p.mine);
  if (mine.length === 0) return null;
  return (
    <Panel id="my-pledges" title={t('board.myPledges')}>
      <ul className="board-ideas" data-testid="my-pledges">
        {mine.map((p) => (
          <li key={p.id} className="board-idea">
            {p.text}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
