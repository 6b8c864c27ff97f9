import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { isListenerCategory } from '#app/features/theme/domain/listener-plan';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, type Locale, type MessageKey } from '#app/i18n/i18n';
import { csvFilename, toCsv } from '#app/utils/csv';
import { rsvpOf } from '../domain/rsvp';
import { listListeners } from './list-listeners.server';

const rsvpLabel = { yes: 'listeners.rsvp_yes', no: 'listeners.rsvp_no', maybe: 'listeners.rsvp_maybe', '': 'listeners.rsvp_none' } as const satisfies Record<
  string,
  MessageKey
>;

/** The trajectory's listeners as a CSV file (R1): whoever may see the listeners page may download it. */
export async function exportListeners({ locale, ...scope }: TrajectoryScope & { locale: Locale }) {
  authorize(scope, 'trajectory.view');
  const [list, trajectory] = await Promise.all([listListeners(scope), loadTrajectory(scope)]);
  const t = createTranslator(locale);
  const header = [
    t('listeners.nameLabel'),
    t('listeners.organisationLabel'),
    t('listeners.categoryLabel'),
    t('listeners.emailLabel'),
    t('listeners.csvInvitedOn'),
    t('listeners.meeting_mirror'),
    t('listeners.meeting_follow_up'),
  ];
  const rows = list.map((l) => [
    l.name,
    l.organisation,
    t(`theme.category_${isListenerCategory(l.category) ? l.category : 'other'}`),
    l.email,
    l.invitedAt ? formatDate(l.invitedAt, locale) : '',
    t(rsvpLabel[rsvpOf(l, 'mirror')]),
    t(rsvpLabel[rsvpOf(l, 'follow_up')]),
  ]);
  return { filename: csvFilename(t('listeners.csvFile'), trajectory.title), content: toCsv(header, rows) };
}
