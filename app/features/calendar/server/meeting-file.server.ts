import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { MeetingKind } from '#app/features/calendar/domain/meetings';
import type { Locale } from '#app/i18n/i18n';
import { notFound } from '#app/utils/http.server';
import { type MeetingFile, meetingFile } from './calendar-records.server';

/** The .ics file of one meeting of the trajectory; 404 when it has no date yet. */
export async function getMeetingFile({ kind, locale, ...scope }: TrajectoryScope & { kind: MeetingKind; locale: Locale }): Promise<MeetingFile> {
  authorize(scope, 'trajectory.view');
  return (await meetingFile({ ...scope, kind, locale })) ?? notFound();
}
