import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ack, apply, dismiss, EMPTY_QUEUE, enqueue, newKey, nextToSend, type NoteValues, outcomeOf, parseStored, type QueueState } from './note-queue';

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
        for (const s of steps) {
          if (s.op === 'enqueue') {
            if (!q.pending.some((n) => n.idempotencyKey === s.key)) order.push(s.key);
            q = enqueue(q, note(s.key));
          } else if (s.op === 'ack') {
            q = ack(q, s.key);
            const i = order.indexOf(s.key);
            if (i >= 0) order.splice(i, 1);
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

  it('survives unreadable storage and makes v4 keys', () => {
    expect(parseStored('{nope')).toEqual(EMPTY_QUEUE);
    expect(parseStored(null)).toEqual(EMPTY_QUEUE);
    expect(parseStored(JSON.stringify({ pending: [note('a')] })).pending).toHaveLength(1);
    expect(newKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
