import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { formatFlyerDate, textLines } from '../domain/flyer-format';
import { isFlyerLanguage, textDirection } from '../domain/languages';
import { defaultDutchFlyerFor } from './default-dutch-flyer.server';
import { ensureSignupCode } from './ensure-signup-code.server';
import { getMirrorMeeting } from './get-mirror-meeting.server';
import { signupUrl } from './signup-url.server';

/** Everything a printed flyer shows, in one language. */
export type FlyerView = {
  language: string;
  dir: 'ltr' | 'rtl';
  /** Fixed labels ("Wanneer", "Waar") are in English on an English flyer and in Dutch on all others. */
  labelLocale: 'nl' | 'en';
  title: string;
  whatHappens: string[];
  whatYouGet: string[];
  contactName: string;
  contactPhone: string;
  dateText: string | null;
  startTime: string;
  venueName: string;
  venueAddress: string;
  signupUrl: string;
  signupCode: string;
};

/** The flyer of a trajectory in one language; 404 for a language without a flyer (Dutch always has one). */
export async function getFlyer(scope: OrgScope & { trajectory: { id: string; theme: string }; language: string }): Promise<FlyerView> {
  const { orgId, trajectory, language } = scope;
  if (!isFlyerLanguage(language)) notFound();
  const [row] = await (
    await db()
  )
    .select()
    .from(flyerTexts)
    .where(inOrg(flyerTexts, orgId, and(eq(flyerTexts.trajectoryId, trajectory.id), eq(flyerTexts.language, language))));
  if (!row && language !== 'nl') notFound();
  const content = row ?? (await defaultDutchFlyerFor(scope));
  const code = await ensureSignupCode({ ...scope, trajectoryId: trajectory.id });
  const meeting = await getMirrorMeeting({ orgId, trajectoryId: trajectory.id });
  return {
    language,
    dir: textDirection(language),
    labelLocale: language === 'en' ? 'en' : 'nl',
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
  };
}
