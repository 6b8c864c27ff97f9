import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelFor } from './channels';
import { formatEvent, type LiveEvent, MAX_POSITION_IDS, mergeReplay, parseChannelList, parseLastEventId, RecentIds, StreamPosition } from './stream';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const ev = (id: number): LiveEvent => ({ id, channel: channelFor(T1, 'console'), kind: 'k', payload: {} });

describe('parsing the stream request', () => {
  it('accepts a short list of well-formed channels, without duplicates', () => {
    const a = channelFor(T1, 'console');
    const b = channelFor(T2, 'minutes');
    expect(parseChannelList(`${a},${b},${a}`)).toEqual([a, b]);
    expect(parseChannelList('')).toBeNull();
    expect(parseChannelList(null)).toBeNull();
    expect(parseChannelList(`${a},trajectory:${T1}:board`)).toBeNull();
    expect(parseChannelList(`${a},nonsense`)).toBeNull();
    expect(parseChannelList(Array.from({ length: 9 }, (_, i) => channelFor(`${T1.slice(0, -1)}${i}`, 'console')).join(','))).toBeNull();
  });

  it('reads Last-Event-ID as a stream position, or a bare id (from before positions), or not at all', () => {
    expect(parseLastEventId('t900')).toEqual({ position: { horizon: 900, ids: [] } });
    expect(parseLastEventId(' t900.41.43 ')).toEqual({ position: { horizon: 900, ids: [41, 43] } });
    expect(parseLastEventId('42')).toEqual({ afterId: 42 });
    expect(parseLastEventId([' 7 '])).toEqual({ afterId: 7 });
    const tooLong = `t1${'.5'.repeat(MAX_POSITION_IDS + 1)}`;
    for (const bad of ['', '-3', '1.5', 'abc', '1e5', '9'.repeat(20), 't', 't1.', 't1..2', 'tx', tooLong, null, undefined])
      expect(parseLastEventId(bad)).toBeNull();
  });
});

describe('replay after a reconnect', () => {
  it('sends replayed events in id order, then buffered live ones, each exactly once', () => {
    // 5 committed before 4: the live 4 arrives after the replayed 5 and must not be lost.
    expect(mergeReplay([ev(5), ev(3)], [ev(5), ev(4), ev(6), ev(6)]).map((e) => e.id)).toEqual([3, 5, 4, 6]);
    expect(mergeReplay([], []).map((e) => e.id)).toEqual([]);
  });

  it('never duplicates or drops an event, whatever overlaps', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 })), fc.array(fc.integer({ min: 1, max: 60 })), (replayed, buffered) => {
        const out = mergeReplay(replayed.map(ev), buffered.map(ev)).map((e) => e.id);
        expect(new Set(out).size).toBe(out.length);
        expect(new Set(out)).toEqual(new Set([...replayed, ...buffered]));
        expect(out.slice(0, replayed.length)).toEqual([...replayed].sort((a, b) => a - b));
      }),
    );
  });

  it('keeps a position short: the ids of transactions older than the horizon are implied by it', () => {
    const position = new StreamPosition(100);
    // 7 and 8 were written while transaction 101 still ran; 9 after every transaction before 105 had ended.
    position.add({ id: 7, txId: 102, horizon: 101 });
    position.add({ id: 8, txId: 103, horizon: 101 });
    expect(position.toString()).toBe('t101.7.8');
    position.add({ id: 5, txId: 101, horizon: 101 });
    expect(position.toString()).toBe('t101.7.8.5');
    position.add({ id: 9, txId: 106, horizon: 105 });
    expect(position.toString()).toBe('t105.9');
    // A row read from the table carries no horizon; one of an unknown transaction is kept.
    position.add({ id: 10, txId: 104 });
    position.add({ id: 11 });
    expect(position.toString()).toBe('t105.9.11');
    expect(parseLastEventId(position.toString())).toEqual({ position: { horizon: 105, ids: [9, 11] } });
  });

  it('names at most MAX_POSITION_IDS ids, forgetting the oldest (a duplicate later, never a gap)', () => {
    const position = new StreamPosition(1);
    for (let id = 1; id <= MAX_POSITION_IDS + 5; id++) position.add({ id, txId: 2, horizon: 1 });
    const parsed = parseLastEventId(position.toString());
    expect(parsed && 'position' in parsed ? parsed.position.ids : []).toEqual(Array.from({ length: MAX_POSITION_IDS }, (_, i) => i + 6));
  });

  it('remembers recently sent ids so an event is sent once', () => {
    const ids = new RecentIds(3);
    expect([1, 2, 1, 3, 4, 1].map((id) => ids.add(id))).toEqual([true, true, false, true, true, true]);
  });
});

describe('wire format', () => {
  it('writes the stream position as id, the event name and one data line with the event id', () => {
    const text = formatEvent({ id: 9, channel: 'c', kind: 'moved', payload: { note: 'a\nb' }, txId: 3 }, 't3.9');
    expect(text).toBe('id: t3.9\nevent: message\ndata: {"id":9,"channel":"c","kind":"moved","payload":{"note":"a\\nb"}}\n\n');
  });
});
