// Moderation on the follow-up board (issue 14, 5e): the facilitator may choose to see new notes
// from phones first. Pure rules: who sees a note, and where a note stands in a screen's list.
import type { Audience, BoardNoteView } from './types';

/**
 * A new note waits for the facilitator when the board is moderated and a phone wrote it. What the
 * facilitator writes for the room is shown at once: they have seen it.
 */
export const waitsForFacilitator = ({ moderated, byStaff }: { moderated: boolean; byStaff: boolean }) => moderated && !byStaff;

/**
 * Whether a screen shows a note: the facilitator sees every note (hidden and waiting ones marked);
 * the projector and the phones never see a hidden note, and a waiting note only on its writer's phone.
 */
export function noteVisibleTo(note: { hidden: boolean; waiting: boolean; mine: boolean }, audience: Audience): boolean {
  if (audience === 'facilitator') return true;
  if (note.hidden) return false;
  if (!note.waiting) return true;
  return audience === 'participant' && note.mine;
}

/**
 * A note that appears on the screens (new, or shown by the facilitator) goes after the shown notes
 * and before the notes still waiting, as a reload lists them (by the moment shown, waiting last).
 * A note already in the list leaves its old place; a writer's own mark stays.
 */
export function withShownNote(notes: readonly BoardNoteView[], note: Omit<BoardNoteView, 'mine' | 'hidden' | 'waiting'>): BoardNoteView[] {
  const before = notes.find((n) => n.id === note.id);
  const rest = notes.filter((n) => n.id !== note.id);
  const firstWaiting = rest.findIndex((n) => n.waiting);
  const at = firstWaiting === -1 ? rest.length : firstWaiting;
  const shown: BoardNoteView = { ...note, mine: before?.mine ?? false, hidden: false, waiting: false };
  return [...rest.slice(0, at), shown, ...rest.slice(at)];
}
