import { Paragraph } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import type { CalendarMark, Conflict } from '../domain/conflicts';
import { holidayLabel, schoolHolidayName } from './labels';

export function useMarkText() {
  const { t, locale } = useI18n();
  return {
    name: (mark: CalendarMark) => (mark.source === 'school' ? schoolHolidayName(mark.name, t) : t(holidayLabel[mark.key])),
    range: (mark: CalendarMark) => {
      const dates = mark.start === mark.end ? formatDate(mark.start, locale) : `${formatDate(mark.start, locale)} – ${formatDate(mark.end, locale)}`;
      return mark.approximate ? `${dates}, ${t('calendar.approximate')}` : dates;
    },
  };
}

/** The holidays on or near one meeting date, as plain sentences. */
export function ConflictList({ conflicts, label }: { conflicts: Conflict[] | undefined; label: string }) {
  const { t } = useI18n();
  const text = useMarkText();
  if (!conflicts || conflicts.length === 0) return <Paragraph>{t('calendar.noConflicts')}</Paragraph>;
  const message = { during: 'calendar.conflictDuring', before: 'calendar.conflictBefore', after: 'calendar.conflictAfter' } as const;
  return (
    <ul className="spiegel-hints" aria-label={label} data-testid="conflicts">
      {conflicts.map((c, i) => (
        <li key={i}>{t(message[c.relation], { name: text.name(c.mark), range: text.range(c.mark), days: c.days })}</li>
      ))}
    </ul>
  );
}
