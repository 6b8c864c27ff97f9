import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamToUtc, meetingIcs } from './meeting-ics';

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
  return { event, raw: component.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstart') };
}

describe('amsterdamToUtc', () => {
  it('uses winter time (UTC+1) and summer time (UTC+2)', () => {
    expect(amsterdamToUtc('2026-01-15', '19:00').toISOString()).toBe('2026-01-15T18:00:00.000Z');
    expect(amsterdamToUtc('2026-07-01', '09:30').toISOString()).toBe('2026-07-01T07:30:00.000Z');
  });

  it('is right on both sides of the clock changes', () => {
    expect(amsterdamToUtc('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(amsterdamToUtc('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(amsterdamToUtc('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T02:30:00.000Z');
    expect(amsterdamToUtc('2026-12-31', '23:30').toISOString()).toBe('2026-12-31T22:30:00.000Z');
  });
});

describe('meetingIcs', () => {
  const base = {
    uid: 'mirror-1@spiegel',
    title: 'Spiegelbijeenkomst: Opgroeien',
    description: 'Regel een, regel twee; klaar',
    location: 'Buurthuis, Dorpsstraat 1',
  };

  it('writes a winter meeting in UTC with its duration, place and text', () => {
    const { event, raw } = parse(meetingIcs({ ...base, day: '2026-01-15', startTime: '19:00', durationMinutes: 240 }));
    expect(String(raw)).toBe('2026-01-15T18:00:00Z');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T18:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-01-15T22:00:00.000Z');
    expect(event.summary).toBe(base.title);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(base.description);
    expect(event.uid).toBe(base.uid);
  });

  it('writes a summer meeting in UTC', () => {
    const { event } = parse(meetingIcs({ ...base, day: '2026-06-10', startTime: '09:30', durationMinutes: 90 }));
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-10T07:30:00.000Z');
    expect(event.duration.toSeconds()).toBe(90 * 60);
  });

  it('makes a whole-day event without a start time', () => {
    const { event } = parse(meetingIcs({ ...base, location: '', day: '2026-06-10', startTime: '', durationMinutes: 90 }));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-06-10');
    expect(event.location).toBeNull();
  });
});

describe('meetingIcs as an update or cancellation', () => {
  const base = {
    uid: 'mirror-1@spiegel',
    title: 'Spiegelbijeenkomst: Opgroeien in Zuid',
    description: 'Ünïcode en العربية in de beschrijving, lang genoeg om gevouwen te worden over meer dan één regel heen.',
    location: 'مركز الحي, Dorpsstraat 1',
    day: '2026-01-15',
    startTime: '19:00',
    durationMinutes: 240,
    organizer: { name: 'Spiegel', email: 'no-reply@spiegel.local' },
    attendee: { name: 'Sanne de Vries', email: 'sanne@example.org' },
  };

  it('carries SEQUENCE, LAST-MODIFIED and METHOD:REQUEST, folded at 75 octets, and ical.js reads it back', () => {
    const text = meetingIcs({ ...base, sequence: 2, lastModified: new Date('2026-01-02T10:00:00Z'), stamp: new Date('2026-01-03T09:00:00Z') }, 'REQUEST');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.sequence).toBe(2);
    expect(event.location).toBe(base.location);
    expect(event.description).toBe(base.description);
    expect(String(vevent.getFirstPropertyValue('last-modified'))).toBe('2026-01-02T10:00:00Z');
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-01-03T09:00:00Z');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:no-reply@spiegel.local');
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:sanne@example.org');
  });

  it('a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
    const calendar = new ICAL.Component(ICAL.parse(meetingIcs({ ...base, sequence: 3 }, 'CANCEL')));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
  });

  it('a file to download names no organizer or attendee', () => {
    const text = meetingIcs(base);
    expect(text).toContain('METHOD:PUBLISH');
    expect(text).not.toContain('ATTENDEE');
  });
});

describe('meetingIcs with any text', () => {
  it('stays within 75 octets a line and reads back the same title, place and description in ical.js', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', 'Ü', 'ش', '中', '😀', ',', ';', '\\', '\n', '"'), minLength: 1, maxLength: 200, size: 'max' });
    fc.assert(
      fc.property(text, text, text, fc.nat(50), (title, location, description, sequence) => {
        const ics = meetingIcs(
          { uid: 'x@spiegel', title, location, description, day: '2027-01-14', startTime: '19:00', durationMinutes: 90, sequence },
          'REQUEST',
        );
        expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
        const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
        expect(event.summary).toBe(title);
        expect(event.location).toBe(location);
        expect(event.description).toBe(description);
        expect(event.sequence).toBe(sequence);
      }),
      { numRuns: 200 },
    );
  });
});
