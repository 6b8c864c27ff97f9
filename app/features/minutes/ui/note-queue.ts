// The minute-taker's offline queue. Notes are kept on the device until the server has them, so a
// dropped venue network loses nothing; each note carries an idempotency key, so a retry after a
// lost response is stored once. Pure functions here; the hook in use-note-queue.ts does the I/O.
import type { TextFinding as Leak } from '#app/features/privacy/domain/name-guard';

/** What the note form sends (same fields as the page's form). */
export type NoteValues = {
  idempotencyKey: string;
  questionKey: string;
  questionText: string;
  participantId: string;
  kind: string;
  summary: string;
  quotes: string;
  tags: string[];
};
/** `reason` is set when the server said why, other than a leak (a parent who said no to the minutes). */
export type RefusedNote = { note: NoteValues; leaks: Leak[]; reason?: 'minutes.consentRefused' };
/**
 * `pending` waits on the device, oldest first; `sending` is the key of the one on its way now.
 * `sent` is what the server stored during this visit, newest first: shown as confirmation, kept in
 * memory only (the notes list shows them after a reload), so their text does not stay on the device.
 */
export type QueueState = { pending: NoteValues[]; refused: RefusedNote[]; sending?: string; sent?: NoteValues[] };

export const EMPTY_QUEUE: QueueState = { pending: [], refused: [] };

/** How many sent notes the page keeps showing. */
export const SENT_SHOWN = 20;

const keyIn = (state: QueueState, key: string) =>
  state.pending.some((n) => n.idempotencyKey === key) ||
  state.refused.some((r) => r.note.idempotencyKey === key) ||
  (state.sent ?? []).some((n) => n.idempotencyKey === key);

/** Adds a note at the end; a key the queue already knows (waiting, refused or sent) is not added again. */
export function enqueue(state: QueueState, note: NoteValues): QueueState {
  if (keyIn(state, note.idempotencyKey)) return state;
  return { ...state, pending: [...state.pending, note] };
}

/** The note is on its way (only a waiting note can be). */
export function begin(state: QueueState, key: string): QueueState {
  return state.pending.some((n) => n.idempotencyKey === key) ? { ...state, sending: key } : state;
}

const settled = (state: QueueState, key: string): QueueState => {
  if (state.sending !== key) return state;
  const { sending: _, ...rest } = state;
  return rest;
};

/** The server has it: out of the queue, into the list of sent notes. */
export function ack(state: QueueState, key: string): QueueState {
  const note = state.pending.find((n) => n.idempotencyKey === key);
  const after = settled(state, key);
  if (!note) return after;
  return {
    ...after,
    pending: state.pending.filter((n) => n.idempotencyKey !== key),
    sent: [note, ...(state.sent ?? [])].slice(0, SENT_SHOWN),
  };
}

/** The server will never take it as it is (a name in the text): show it, stop retrying. */
export function refuse(state: QueueState, key: string, leaks: Leak[], reason?: RefusedNote['reason']): QueueState {
  const note = state.pending.find((n) => n.idempotencyKey === key);
  const after = settled(state, key);
  if (!note) return after;
  return {
    ...after,
    pending: state.pending.filter((n) => n.idempotencyKey !== key),
    refused: [...state.refused, reason ? { note, leaks, reason } : { note, leaks }],
  };
}

export function dismiss(state: QueueState, key: string): QueueState {
  return {
    ...state,
    refused: state.refused.filter((r) => r.note.idempotencyKey !== key),
  };
}

/** Oldest first, so the minutes keep the order in which they were written. */
export function nextToSend(state: QueueState): NoteValues | undefined {
  return state.pending[0];
}

export type NoteStatus = 'waiting' | 'sending' | 'sent' | 'refused';
export type QueueRow = { key: string; note: NoteValues; status: NoteStatus; leaks: Leak[]; reason?: RefusedNote['reason'] };

/** What the page lists: refused first (they need the writer), then the queue in order, then the sent ones. */
export function rowsOf(state: QueueState): QueueRow[] {
  const row = (note: NoteValues, status: NoteStatus, leaks: Leak[] = [], reason?: RefusedNote['reason']): QueueRow =>
    reason ? { key: note.idempotencyKey, note, status, leaks, reason } : { key: note.idempotencyKey, note, status, leaks };
  return [
    ...state.refused.map((r) => row(r.note, 'refused', r.leaks, r.reason)),
    ...state.pending.map((n) => row(n, n.idempotencyKey === state.sending ? 'sending' : 'waiting')),
    ...(state.sent ?? []).map((n) => row(n, 'sent')),
  ];
}

export type SendOutcome = { type: 'stored' } | { type: 'refused'; leaks: Leak[]; reason?: RefusedNote['reason'] } | { type: 'failed' };

const consentRefused = (body: unknown) =>
  !!body && typeof body === 'object' && 'errors' in body && (body as { errors?: { _form?: unknown } }).errors?._form === 'minutes.consentRefused';

/** How a response maps onto the queue: only a network failure or a server error is retried. */
export function outcomeOf(status: number, body: unknown): SendOutcome {
  // A 2xx without our answer (say, a login page after a redirect) is not proof of storage.
  if (status >= 200 && status < 300) return body && typeof body === 'object' && 'ok' in body && body.ok === true ? { type: 'stored' } : { type: 'failed' };
  if (status === 422 && consentRefused(body)) return { type: 'refused', leaks: [], reason: 'minutes.consentRefused' };
  if (status === 422 && body && typeof body === 'object' && 'leaks' in body) return { type: 'refused', leaks: (body as { leaks: Leak[] }).leaks };
  // 400/403/404: retrying cannot help (bad input, minutes finalised, role taken away).
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { type: 'refused', leaks: [] };
  return { type: 'failed' };
}

export function apply(state: QueueState, key: string, outcome: SendOutcome): QueueState {
  if (outcome.type === 'stored') return ack(state, key);
  if (outcome.type === 'refused') return refuse(state, key, outcome.leaks, outcome.reason);
  return settled(state, key);
}

/** The queue as the hook keeps it, read and changed in place (localStorage in the browser). */
export type QueueStore = { read: () => QueueState; change: (change: (s: QueueState) => QueueState) => void };

/**
 * Sends the waiting notes one by one, oldest first, each with its own key, until the queue is empty
 * or the network fails (then the rest waits for the next try). The hook and the tests run this same
 * loop. Answers whether anything was stored and whether it stopped on a failure.
 */
export async function drain(store: QueueStore, send: (note: NoteValues) => Promise<SendOutcome>): Promise<{ stored: boolean; failed: boolean }> {
  let stored = false;
  for (let note = nextToSend(store.read()); note; note = nextToSend(store.read())) {
    const key = note.idempotencyKey;
    store.change((s) => begin(s, key));
    const outcome = await send(note);
    store.change((s) => apply(s, key, outcome));
    if (outcome.type === 'failed') return { stored, failed: true };
    stored ||= outcome.type === 'stored';
  }
  return { stored, failed: false };
}

export const storageKey = (trajectoryId: string) => `spiegel:minutes-queue:${trajectoryId}`;

/** What stays on the device: the waiting and the refused notes (not what is sent, nor what was in flight). */
export function serialise(state: QueueState): string {
  return JSON.stringify({ pending: state.pending, refused: state.refused });
}

const isNote = (v: unknown): v is NoteValues =>
  !!v && typeof v === 'object' && typeof (v as NoteValues).idempotencyKey === 'string' && typeof (v as NoteValues).summary === 'string';

/**
 * Reads what was left on the device; anything unreadable counts as an empty queue. A note that was
 * on its way when the page closed waits again: sent twice, its key makes the server store it once.
 */
export function parseStored(raw: string | null): QueueState {
  if (!raw) return EMPTY_QUEUE;
  try {
    const value = JSON.parse(raw) as Partial<QueueState>;
    return {
      pending: Array.isArray(value.pending) ? value.pending.filter(isNote) : [],
      refused: Array.isArray(value.refused)
        ? value.refused.filter((r) => isNote(r?.note)).map((r) => ({ ...r, leaks: Array.isArray(r.leaks) ? r.leaks : [] }))
        : [],
    };
  } catch {
    return EMPTY_QUEUE;
  }
}

/** crypto.randomUUID exists only on https and localhost; a venue tablet might use plain http. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
