// Versioned live views (decision 0011): a screen holds the view its loader gave (with the version it
// was read at) and applies pushed changes only in order, version after version. A gap, or an event
// that carries no change, means "read the whole view once": a screen never shows a half-applied change.
export type Versioned = { version: number };
/** One event as the screen received it: the version it made, and the change (null: reload). */
export type Pushed<C> = { version: number; change: C | null };

export type VersionedState<V extends Versioned, C> = {
  /** The newest loader answer: it alone knows this viewer's own parts (own dots, own notes). */
  base: V;
  /** Events newer than `base`, by version: re-applied when an older-than-them answer comes in. */
  log: Pushed<C>[];
  /** What the screen shows: `base` with every change that follows on from it. */
  view: V;
  /** An event could not be applied in order: the screen must read the whole view again. */
  reload: boolean;
};

/** Bounds the memory of a screen that never reloads; an answer older than what was dropped reloads once more. */
const LOG_LIMIT = 500;

function advance<V extends Versioned, C>(from: V, log: readonly Pushed<C>[], apply: (view: V, change: C) => V) {
  let view = from;
  let waiting = false;
  for (const event of log) {
    if (event.version <= view.version) continue;
    if (event.version !== view.version + 1 || event.change === null) {
      waiting = true;
      break;
    }
    view = { ...apply(view, event.change), version: event.version };
  }
  return { view, reload: waiting };
}

export function startVersioned<V extends Versioned, C>(view: V): VersionedState<V, C> {
  return { base: view, log: [], view, reload: false };
}

/** A pushed event: applied at once when it follows on from the view, else kept until it can be. */
export function receive<V extends Versioned, C>(state: VersionedState<V, C>, event: Pushed<C>, apply: (view: V, change: C) => V): VersionedState<V, C> {
  if (event.version <= state.base.version || state.log.some((known) => known.version === event.version)) return state;
  let log = [...state.log, event].sort((a, b) => a.version - b.version);
  if (log.length > LOG_LIMIT) log = log.slice(log.length - LOG_LIMIT);
  const { view, reload } = advance(state.view, log, apply);
  return { base: state.base, log, view, reload };
}

/** A loader answer: the new base, with the pushed changes it does not hold yet applied on top. */
export function load<V extends Versioned, C>(state: VersionedState<V, C>, answer: V, apply: (view: V, change: C) => V): VersionedState<V, C> {
  const log = state.log.filter((event) => event.version > answer.version);
  const { view, reload } = advance(answer, log, apply);
  return { base: answer, log, view, reload };
}
