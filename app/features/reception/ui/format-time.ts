import { type Locale, TIME_ZONE } from '#app/i18n/i18n';

/** A clock time at the venue ("14:05"): the desk works on one day, the date adds nothing. */
export function formatTime(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(value));
}
