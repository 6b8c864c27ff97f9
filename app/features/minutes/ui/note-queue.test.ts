import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ack,
  apply,
  begin,
  dismiss,
  drain,
  EMPTY_QUEUE,
  enqueue,
  newKey,
  nextToSend,
  type NoteValues,
  outcomeOf,
  parseStored,
  type QueueState,
  rowsOf,
  SENT_SHOWN,
  type SendOutcome,
  serialise,
} from './note-queue';

const note = (key: string): NoteValues => ({
  idempotencyKey: key,
  questionKey: '',
  questionText: '',
  participantId: '',
  kind: 'general',
  summary: key,
  quotes: '',
  tags: [],
});

describe('note queue', () => {
  it('sends oldest first and forgets a note once stored', () => {
    let q = enqueue(enqueue(enqueue(EMPTY_QUEUE, note('a')), note('b')), note('c'));
    expect(nextToSend(q)?.idempotencyKey).toBe('a');
    q = apply(q, 'a', { type: 'failed' });
    expect(q.pending.map((n) => n.idempotencyKey)).toEqual(['a', 'b', 'c']);
    q = apply(q, 'a', { type: 'stored' });
    expect(nextToSend(q)?.idempotencyKey).toBe('b');
  });

  it('never holds a key twice, whatever happens in which order', () => {
    const step = fc.oneof(
      fc.record({
        op: fc.constant('enqueue' as const),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
      fc.record({
        op: fc.constant('ack' as const),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
      fc.record({
        op: fc.constant('fail' as const),
        key: fc.constantFrom('a', 'b', 'c', 'd'),
      }),
    );
    fc.assert(
      fc.property(fc.array(step), (steps) => {
        let q: QueueState = EMPTY_QUEUE;
        const order: string[] = [];
        // A key the server has is never queued again (another tab's stale copy, a double submit).
        const stored = new Set<string>();
        for (const s of steps) {
          if (s.op === 'enqueue') {
            if (!order.includes(s.key) && !stored.has(s.key)) order.push(s.key);
            q = enqueue(q, note(s.key));
          } else if (s.op === 'ack') {
            q = ack(q, s.key);
            const i = order.indexOf(s.key);
            if (i >= 0) {
              order.splice(i, 1);
              stored.add(s.key);
            }
          } else q = apply(q, s.key, { type: 'failed' });
        }
        const keys = q.pending.map((n) => n.idempotencyKey);
        expect(new Set(keys).size).toBe(keys.length);
        // Retries keep the order in which the notes were written.
        expect(keys).toEqual(order);
      }),
    );
  });

  it('moves a refused note out of the queue, keeping its text', () => {
    let q = enqueue(enqueue(EMPTY_QUEUE, note('a')), note('b'));
    q = apply(
      q,
      'a',
      outcomeOf(422, {
        ok: false,
        leaks: [{ kind: 'name', start: 0, end: 5, text: 0, found: 'Fenna' }],
      }),
    );
    expect(q.pending.map((n) => n.idempotencyKey)).toEqual(['b']);
    expect(q.refused).toEqual([
      {
        note: note('a'),
        leaks: [{ kind: 'name', start: 0, end: 5, text: 0, found: 'Fenna' }],
      },
    ]);
    expect(dismiss(q, 'a').refused).toEqual([]);
  });

  it('stops retrying a note of a parent who said no, and says why', () => {
    const q = apply(enqueue(EMPTY_QUEUE, note('a')), 'a', outcomeOf(422, { ok: false, leaks: [], errors: { _form: 'minutes.consentRefused' } }));
    expect(q.pending).toEqual([]);
    expect(q.refused).toEqual([{ note: note('a'), leaks: [], reason: 'minutes.consentRefused' }]);
  });

  it('retries only what a retry can fix', () => {
    expect(outcomeOf(200, { ok: true })).toEqual({ type: 'stored' });
    expect(outcomeOf(200, '<html>login</html>')).toEqual({ type: 'failed' });
    expect(outcomeOf(500, null)).toEqual({ type: 'failed' });
    expect(outcomeOf(503, null)).toEqual({ type: 'failed' });
    expect(outcomeOf(429, null)).toEqual({ type: 'failed' });
    expect(outcomeOf(403, null)).toEqual({ type: 'refused', leaks: [] });
  });

  it('shows each note with its state: waiting, sending, sent, refused with the reason', () => {
    let q = enqueue(enqueue(enqueue(EMPTY_QUEUE, note('a')), note('b')), note('c'));
    expect(rowsOf(q).map((r) => [r.key, r.status])).toEqual([
      ['a', 'waiting'],
      ['b', 'waiting'],
      ['c', 'waiting'],
    ]);
    q = begin(q, 'a');
    expect(rowsOf(q)[0]).toMatchObject({ key: 'a', status: 'sending' });
    q = apply(q, 'a', { type: 'stored' });
    q = apply(begin(q, 'b'), 'b', outcomeOf(422, { ok: false, leaks: [], errors: { _form: 'minutes.consentRefused' } }));
    q = apply(begin(q, 'c'), 'c', { type: 'failed' });
    expect(rowsOf(q).map((r) => [r.key, r.status, r.reason])).toEqual([
      ['b', 'refused', 'minutes.consentRefused'],
      ['c', 'waiting', undefined],
      ['a', 'sent', undefined],
    ]);
    // Only a waiting note can be on its way.
    expect(begin(q, 'a')).toBe(q);
    expect(begin(q, 'zz')).toBe(q);
  });

  it('keeps the waiting and refused notes over a reload; what was on its way waits again, what was sent is not kept', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (keys, sentCount, flying) => {
        let q = keys.reduce((s, k) => enqueue(s, note(k)), EMPTY_QUEUE);
        for (let i = 0; i < sentCount % keys.length; i++) q = apply(begin(q, keys[i]!), keys[i]!, { type: 'stored' });
        const next = nextToSend(q);
        if (next && flying % 2 === 1) q = begin(q, next.idempotencyKey);
        const reopened = parseStored(serialise(q));
        expect(reopened).toEqual({ pending: q.pending, refused: q.refused });
        expect(rowsOf(reopened).every((r) => r.status === 'waiting')).toBe(true);
        expect(JSON.stringify(reopened)).not.toContain('"sent"');
      }),
    );
    const many = Array.from({ length: SENT_SHOWN + 5 }, (_, i) => `k${i}`);
    const all = many.reduce((s, k) => apply(begin(enqueue(s, note(k)), k), k, { type: 'stored' }), EMPTY_QUEUE);
    expect(all.sent).toHaveLength(SENT_SHOWN);
    expect(all.sent?.[0]?.idempotencyKey).toBe(`k${SENT_SHOWN + 4}`);
  });

  it('stores every note exactly once, whatever the network does, across reloads and a second tab', async () => {
    // What the network does with one POST: delivers it, delivers it but loses the answer, drops it,
    // or the server answers 500 without storing.
    const fate = fc.constantFrom('ok', 'lost-answer', 'down', 'error');
    const step = fc.oneof(
      fc.record({ op: fc.constant('write' as const) }),
      fc.record({ op: fc.constant('flush' as const), fates: fc.array(fate, { maxLength: 6 }) }),
      fc.record({ op: fc.constant('reload' as const) }),
      fc.record({ op: fc.constant('second-tab' as const), fates: fc.array(fate, { maxLength: 4 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        // The server: one row per key (the unique index on minute_notes.idempotency_key).
        const rows = new Map<string, number>();
        const written: string[] = [];
        const sendWith = (fates: string[]) => {
          let i = 0;
          return async (n: NoteValues): Promise<SendOutcome> => {
            const f = fates[i++] ?? 'down';
            if (f === 'down' || f === 'error') return { type: 'failed' };
            if (!rows.has(n.idempotencyKey)) rows.set(n.idempotencyKey, rows.size);
            return f === 'ok' ? outcomeOf(200, { ok: true }) : { type: 'failed' };
          };
        };
        // The device's storage (localStorage) and this page's memory, as the hook keeps them.
        let device = serialise(EMPTY_QUEUE);
        let memory: QueueState = EMPTY_QUEUE;
        const store = {
          read: () => memory,
          change: (change: (s: QueueState) => QueueState) => {
            const { sending, sent } = memory;
            memory = change({ ...parseStored(device), ...(sending ? { sending } : {}), ...(sent ? { sent } : {}) });
            device = serialise(memory);
          },
        };
        for (const s of steps) {
          if (s.op === 'write') {
            const n = note(`n${written.length}`);
            written.push(n.idempotencyKey);
            store.change((q) => enqueue(q, n));
          } else if (s.op === 'flush') await drain(store, sendWith(s.fates));
          else if (s.op === 'reload') memory = parseStored(device);
          else {
            // Another tab with the same device storage sends what waits there.
            let other = parseStored(device);
            await drain(
              {
                read: () => other,
                change: (change) => {
                  other = change(parseStored(device));
                  device = serialise(other);
                },
              },
              sendWith(s.fates),
            );
            memory = { ...parseStored(device), ...(memory.sent ? { sent: memory.sent } : {}) };
          }
        }
        // The network comes back for good.
        await drain(store, sendWith(Array(written.length + 1).fill('ok')));
        expect(memory.pending).toEqual([]);
        expect(parseStored(device)).toEqual(EMPTY_QUEUE);
        // Every note written is on the server, once, in the order written.
        expect([...rows.keys()].sort()).toEqual([...written].sort());
        expect([...rows.keys()]).toEqual(written.filter((k) => rows.has(k)));
      }),
    );
  });

  it('survives unreadable storage and makes v4 keys', () => {
    expect(parseStored('{nope')).toEqual(EMPTY_QUEUE);
    expect(parseStored(null)).toEqual(EMPTY_QUEUE);
    expect(parseStored(JSON.stringify({ pending: [note('a')] })).pending).toHaveLength(1);
    expect(parseStored(JSON.stringify({ pending: [null, 3, { summary: 'x' }, note('a')], refused: [{}] }))).toEqual({ pending: [note('a')], refused: [] });
    expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
