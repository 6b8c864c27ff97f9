import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelFor } from './channels';
import { formatEvent, type LiveEvent, mergeReplay, parseChannelList, parseLastEventId, RecentIds } from './stream';

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

  it('reads Last-Event-ID as a whole number or not at all', () => {
    expect(parseLastEventId('42')).toBe(42);
    expect(parseLastEventId('0')).toBe(0);
    expect(parseLastEventId([' 7 '])).toBe(7);
    for (const bad of ['', '-3', '1.5', 'abc', '1e5', '9'.repeat(20), null, undefined]) expect(parseLastEventId(bad)).toBeNull();
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

  it('remembers recently sent ids so an event is sent once', () => {
    const ids = new RecentIds(3);
    expect([1, 2, 1, 3, 4, 1].map((id) => ids.add(id))).toEqual([true, true, false, true, true, true]);
  });
});

describe('wire format', () => {
  it('writes id, event name and one data line', () => {
    const text = formatEvent({ id: 9, channel: 'c', kind: 'moved', payload: { note: 'a\nb' } });
    expect(text).toBe('id: 9\nevent: message\ndata: {"channel":"c","kind":"moved","payload":{"note":"a\\nb"}}\n\n');
  });
});
