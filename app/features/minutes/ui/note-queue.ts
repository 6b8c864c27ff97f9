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
export type QueueState = { pending: NoteValues[]; refused: RefusedNote[] };

export const EMPTY_QUEUE: QueueState = { pending: [], refused: [] };

/** Adds a note at the end; a key already waiting is not added twice. */
export function enqueue(state: QueueState, note: NoteValues): QueueState {
  if (state.pending.some((n) => n.idempotencyKey === note.idempotencyKey)) return state;
  return { ...state, pending: [...state.pending, note] };
}

/** The server has it: forget it. */
export function ack(state: QueueState, key: string): QueueState {
  return {
    ...state,
    pending: state.pending.filter((n) => n.idempotencyKey !== key),
  };
}

/** The server will never take it as it is (a name in the text): show it, stop retrying. */
export function refuse(state: QueueState, key: string, leaks: Leak[], reason?: RefusedNote['reason']): QueueState {
  const note = state.pending.find((n) => n.idempotencyKey === key);
  if (!note) return state;
  return {
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
  return state;
}

export const storageKey = (trajectoryId: string) => `spiegel:minutes-queue:${trajectoryId}`;

/** Reads what was left on the device; anything unreadable counts as an empty queue. */
export function parseStored(raw: string | null): QueueState {
  if (!raw) return EMPTY_QUEUE;
  try {
    const value = JSON.parse(raw) as Partial<QueueState>;
    return {
      pending: Array.isArray(value.pending) ? value.pending : [],
      refused: Array.isArray(value.refused) ? value.refused : [],
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
