// Shared pieces of the materials operations: the flyer texts, the mirror meeting they announce,
// the public sign-up code and its address. Not operations themselves.
import { and, count, eq, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts, meetings, participants, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { isParticipantLanguage } from '#app/i18n/participant';
import { participantBundle } from '#app/i18n/participant/language.server';
import { config } from '#app/utils/config.server';
import { newShortCode } from '#app/utils/codes.server';
import { notFound } from '#app/utils/http.server';
import { defaultDutchFlyer, type FlyerContent } from '../domain/flyer-defaults';
import { formatFlyerDate, type FlyerView, textLines } from '../domain/flyer-format';
import { isFlyerLanguage, sortLanguages, textDirection } from '../domain/languages';
import { contributionPath } from '#app/features/voices/domain/contribution';
import { contributionTexts } from '#app/features/voices/domain/contribution-texts';

type Where = { orgId: string; trajectoryId: string };
export type FlyerText = typeof flyerTexts.$inferSelect;
export type MeetingPlace = { date: string | null; startTime: string; venueName: string; venueAddress: string };

/** The address printed on flyers and behind the QR code. */
export const signupUrl = (code: string): string => `${config.appUrl}/p/signup/${code}`;

/** Date, time and place of the mirror meeting (kept on the dates and location pages); empty when not set yet. */
export async function readMirrorMeeting({ orgId, trajectoryId }: Where): Promise<MeetingPlace> {
  const [row] = await (
    await db()
  )
    .select({ date: meetings.date, startTime: meetings.startTime, venueName: meetings.venueName, venueAddress: meetings.venueAddress })
    .from(meetings)
    .where(inOrg(meetings, orgId, and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, 'mirror'))));
  return row ?? { date: null, startTime: '', venueName: '', venueAddress: '' };
}

/** How many people signed up through the public page (a number only: no personal data). */
export async function countSignups({ orgId, trajectoryId }: Where): Promise<number> {
  const [row] = await (
    await db()
  )
    .select({ n: count() })
    .from(participants)
    .where(inOrg(participants, orgId, and(eq(participants.trajectoryId, trajectoryId), eq(participants.source, 'signup'))));
  return row?.n ?? 0;
}

/** The trajectory's public sign-up code, made on first need (codes are unique across all trajectories). */
export async function ensureSignupCode({ orgId, trajectoryId }: Where): Promise<string> {
  const database = await db();
  const read = async () => {
    const [row] = await database
      .select({ code: trajectories.signupCode })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    if (!row) notFound();
    return row.code;
  };
  const existing = await read();
  if (existing) return existing;
  for (let attempt = 0; ; attempt++) {
    try {
      const [updated] = await database
        .update(trajectories)
        .set({ signupCode: newShortCode() })
        .where(inOrg(trajectories, orgId, and(eq(trajectories.id, trajectoryId), isNull(trajectories.signupCode))))
        .returning({ code: trajectories.signupCode });
      if (updated?.code) return updated.code;
      // Someone else set it in the meantime.
      const now = await read();
      if (now) return now;
    } catch (error) {
      // A code already in use elsewhere (unique index): draw another.
      if (attempt >= 4) throw error;
    }
  }
}

/** The Dutch flyer filled from the trajectory: its theme, and the parent contact (else a lead) as contact. */
export async function defaultDutchFlyerFor(scope: TrajectoryScope, theme: string): Promise<FlyerContent> {
  const people = await listTrajectoryPeople(scope);
  const contact = people.find((p) => p.roles.includes('parent_contact')) ?? people.find((p) => p.roles.includes('lead'));
  return defaultDutchFlyer({ theme, contactName: contact?.name ?? '' });
}

/** On first open of the materials page, the Dutch flyer is saved with a starting text. */
export async function ensureDutchFlyer(scope: TrajectoryScope, theme: string): Promise<void> {
  const content = await defaultDutchFlyerFor(scope, theme);
  await (
    await db()
  )
    .insert(flyerTexts)
    .values({ orgId: scope.orgId, trajectoryId: scope.trajectoryId, language: 'nl', ...content })
    .onConflictDoNothing({ target: [flyerTexts.trajectoryId, flyerTexts.language] });
}

/** The flyer texts of a trajectory, Dutch first, then in the order of the language list. */
export async function listFlyerTexts({ orgId, trajectoryId }: Where): Promise<FlyerText[]> {
  const rows = await (
    await db()
  )
    .select()
    .from(flyerTexts)
    .where(inOrg(flyerTexts, orgId, eq(flyerTexts.trajectoryId, trajectoryId)));
  return sortLanguages(rows.map((r) => r.language)).map((language) => rows.find((r) => r.language === language)!);
}

/** 404 for a code that is not a flyer language. */
export function assertFlyerLanguage(language: string): void {
  if (!isFlyerLanguage(language)) notFound();
}

/** The flyer of a trajectory in one language; 404 for a language without a flyer (Dutch always has one). */
export async function readFlyer(scope: TrajectoryScope, theme: string, language: string): Promise<FlyerView> {
  assertFlyerLanguage(language);
  const [row] = await (
    await db()
  )
    .select()
    .from(flyerTexts)
    .where(inOrg(flyerTexts, scope.orgId, and(eq(flyerTexts.trajectoryId, scope.trajectoryId), eq(flyerTexts.language, language))));
  if (!row && language !== 'nl') notFound();
  const content = row ?? (await defaultDutchFlyerFor(scope, theme));
  const code = await ensureSignupCode(scope);
  const meeting = await readMirrorMeeting(scope);
  const labelLocale = isParticipantLanguage(language) ? language : 'nl';
  return {
    language,
    dir: textDirection(language),
    labelLocale,
    labelTexts: participantBundle(labelLocale, ['flyer']).texts,
    title: content.title,
    whatHappens: textLines(content.whatHappens),
    whatYouGet: textLines(content.whatYouGet),
    contactName: content.contactName,
    contactPhone: content.contactPhone,
    dateText: formatFlyerDate(meeting.date, language),
    startTime: meeting.startTime,
    venueName: meeting.venueName,
    venueAddress: meeting.venueAddress,
    signupUrl: signupUrl(code),
    signupCode: code,
    contribution: await contributionOnFlyer(scope, language),
  };
}

/** The anonymous contribution link (X1) when the coordinator switched it on, with its line in the flyer's language (else Dutch). */
async function contributionOnFlyer({ orgId, trajectoryId }: TrajectoryScope, language: string): Promise<FlyerView['contribution']> {
  const [row] = await (
    await db()
  )
    .select({ token: trajectories.contributionToken })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, and(eq(trajectories.id, trajectoryId), eq(trajectories.contributionOpen, true))));
  if (!row?.token) return null;
  const url = `${config.appUrl}${contributionPath(row.token)}`;
  const texts = contributionTexts(language);
  return { url, line: texts.t('flyerLine'), qrLabel: texts.t('flyerQr', { url }), lang: texts.lang, dir: texts.dir };
}
