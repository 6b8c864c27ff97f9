// How a meeting's date, time and place read in the invitation and on the listener's page.
// Another part of step 5 fills these in; until then the listener reads "volgt nog".
import type { Locale, Translate } from '#app/i18n/i18n';

export type MeetingPlace = { date: string | null; startTime: string; venueName: string; venueAddress: string };

const intlLocale: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "dinsdag 10 maart 2026": a calendar day, so formatted in UTC to avoid shifting a day. */
export function fullDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export function describeMeeting(meeting: MeetingPlace | null, t: Translate, locale: Locale): { when: string; where: string } {
  const day = meeting?.date ? fullDay(meeting.date, locale) : null;
  const time = meeting?.startTime.trim() ?? '';
  const place = [meeting?.venueName.trim(), meeting?.venueAddress.trim()].filter(Boolean).join(', ');
  return {
    when: !day ? t('listeners.whenUnknown') : time ? t('listeners.whenDayTime', { day, time }) : t('listeners.whenDayOnly', { day }),
    where: place || t('listeners.whereUnknown'),
  };
}
