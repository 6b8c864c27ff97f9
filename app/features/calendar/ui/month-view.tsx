import { Section } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import type { CalendarMark } from '../domain/conflicts';
import { type MonthView as Month, marksOn } from '../domain/dates-view';
import { makeDay } from '../domain/days';
import type { MeetingDates } from '../domain/meetings';
import { holidayLabel, meetingLabel, schoolHolidayName } from './labels';

const intlLocale = { nl: 'nl-NL', en: 'en-GB' } as const;

/** The months of the period as tables, one per month, weeks starting on Monday. Marks are text, not colour alone. */
export function MonthView({ months, marks, dates }: { months: Month[]; marks: CalendarMark[]; dates: MeetingDates[] }) {
  const { t, locale } = useI18n();
  // 1 January 2024 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
  const short = new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const markLabel = (mark: CalendarMark) =>
    mark.source === 'school' ? schoolHolidayName(mark.name, t) : `${t(holidayLabel[mark.key])}${mark.approximate ? '*' : ''}`;
  return (
    <Section id="month-view" title={t('calendar.monthTitle')} intro={t('calendar.monthIntro')}>
      <div className="spiegel-calendar-months">
        {months.map((month) => {
          const caption = monthName.format(new Date(`${makeDay(month.year, month.month, 1)}T00:00:00Z`));
          const id = `month-${month.year}-${month.month}`;
          return (
            // Focusable, so keyboard users can scroll the table sideways on a small screen.
            <div key={id} className="spiegel-calendar-scroll" role="region" aria-labelledby={id} tabIndex={0}>
              <table className="spiegel-calendar" data-testid="month-table">
                <caption id={id}>{t('calendar.monthCaption', { month: caption })}</caption>
                <thead>
                  <tr>
                    {weekdays.map((day) => (
                      <th scope="col" key={day.toISOString()}>
                        <abbr title={long.format(day)}>{short.format(day).replace('.', '')}</abbr>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {month.weeks.map((week, w) => (
                    <tr key={w}>
                      {week.map((day, d) => {
                        if (!day) return <td key={d} />;
                        const meetings = dates.filter((m) => m.date === day);
                        const onDay = marksOn(day, marks);
                        return (
                          <td key={d} data-day={day}>
                            <span className="spiegel-calendar__day">{Number(day.slice(8, 10))}</span>
                            {meetings.length + onDay.length > 0 ? (
                              <ul className="spiegel-calendar__marks">
                                {meetings.map((m) => (
                                  <li key={m.kind} className="spiegel-calendar__meeting">
                                    {t(meetingLabel[m.kind])}
                                    {m.startTime ? ` ${m.startTime}` : ''}
                                  </li>
                                ))}
                                {onDay.map((mark, i) => (
                                  <li key={i} className={mark.source === 'school' ? 'spiegel-calendar__school' : 'spiegel-calendar__holiday'}>
                                    {markLabel(mark)}
                                  </li>
                                ))}
                              </ul>
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </div>
    </Section>
  );
}
