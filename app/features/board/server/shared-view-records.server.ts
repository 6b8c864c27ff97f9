// Each app instance's copy of every busy board's shared view: what every phone sees, read for
// nobody (no own notes, dots or pledges). It is built once per version from the database and then
// kept at the newest version by applying the changes the board's events carry (decision 0011), so
// a phone's reload after its own post reads only the board row and its own parts.
import type { Board } from './board-records.server';
import { subscribe } from '#app/realtime/hub.server';
import type { LiveEvent } from '#app/realtime/stream';
import { applyBoardChange, type BoardChange } from '../domain/live';
import type { BoardView } from '../domain/types';

type Entry = { orgId: string; view: BoardView; builtAt: number; stop: Promise<() => void> };

const entries = new Map<string, Entry>();
/** Boards held at once; the least recently built goes first. */
const MAX_BOARDS = 500;
/** A copy is read again after this long: what no board event announces (a renamed trajectory) shows within it. */
const FRESH_MS = 30_000;
let builds = 0;

/** The copy at exactly this board's version, or null (none, another version, or too old). */
export function cachedSharedView(board: Pick<Board, 'id' | 'orgId' | 'version'>): BoardView | null {
  const entry = entries.get(board.id);
  if (!entry || entry.orgId !== board.orgId || entry.view.version !== board.version || Date.now() - entry.builtAt > FRESH_MS) return null;
  return entry.view;
}

/** Keeps a freshly read shared view (unless a newer copy is held) and follows the board's events from now on. */
export function rememberSharedView(orgId: string, view: BoardView): BoardView {
  builds++;
  const entry = entries.get(view.id);
  if (entry) {
    if (entry.view.version < view.version || Date.now() - entry.builtAt > FRESH_MS) Object.assign(entry, { orgId, view, builtAt: Date.now() });
    return view;
  }
  if (entries.size >= MAX_BOARDS) forget(entries.keys().next().value!);
  const stop = subscribe([view.channel], (event) => follow(view.id, event));
  entries.set(view.id, { orgId, view, builtAt: Date.now(), stop });
  // Without the hub there is nothing to follow: no copy.
  stop.catch(() => entries.delete(view.id));
  return view;
}

function follow(boardId: string, event: LiveEvent) {
  const entry = entries.get(boardId);
  if (!entry) return;
  const { version, change } = event.payload as { version?: unknown; change?: BoardChange };
  if (typeof version !== 'number' || version <= entry.view.version) return;
  // Only the next version with its change; after a gap or a change that carries nothing, read again.
  if (version === entry.view.version + 1 && change) entry.view = { ...applyBoardChange(entry.view, change), version };
  else forget(boardId);
}

function forget(boardId: string) {
  const entry = entries.get(boardId);
  entries.delete(boardId);
  void entry?.stop.then((stop) => stop()).catch(() => {});
}

/** For tests and the bench: how often a shared view was read from the database, and the version held. */
export const sharedViewStats = (boardId?: string) => ({ builds, version: boardId ? (entries.get(boardId)?.view.version ?? null) : null });
