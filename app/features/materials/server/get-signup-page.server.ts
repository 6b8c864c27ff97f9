import { preferredLanguage } from '#app/i18n/accept-language';
import { pageLanguage } from '#app/i18n/participant';
import { orgName } from '#app/db/org-name.server';
import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { defaultDutchFlyer } from '../domain/flyer-defaults';
import { formatFlyerDate, textLines } from '../domain/flyer-format';
import { flyerLanguage, sortLanguages, textDirection } from '../domain/languages';
import { signFormTime } from '../domain/signup-guard';
import { currentConsentText } from '#app/privacy/consent-log.server';
import { readMirrorMeeting } from './flyer-records.server';
import { findSignupTarget, signupSecret } from './signup-records.server';

/**
 * What the public sign-up page shows: the invitation in the chosen language, the other
 * languages, and the signed moment the form was handed out. Authorised by the code on the
 * flyer (404 for an unknown one), not by a role.
 */
export async function getSignupPage({
  code,
  language,
  accepted,
  now = Date.now(),
}: {
  code: string;
  language: string | null;
  /** The browser's Accept-Language header: its first language with a flyer text, when the address asks for none. */
  accepted?: string | null;
  now?: number;
}) {
  const database = await db();
  const target = await findSignupTarget(database, code);
  const { orgId } = target;
  const organisation = await orgName(orgId, database);
  const rows = (
    await database
      .select()
      .from(flyerTexts)
      .where(inOrg(flyerTexts, orgId, eq(flyerTexts.trajectoryId, target.id)))
  ).filter((r) => r.title.trim() !== '');
  const languages = sortLanguages(rows.map((r) => r.language));
  const chosen =
    language && languages.includes(language)
      ? language
      : (preferredLanguage(accepted, languages) ?? (languages.includes('nl') ? 'nl' : (languages[0] ?? 'nl')));
  const content = rows.find((r) => r.language === chosen) ?? defaultDutchFlyer({ theme: target.theme, contactName: '' });
  const dutch = rows.find((r) => r.language === 'nl');
  const meeting = await readMirrorMeeting({ orgId, trajectoryId: target.id });
  // The language the page speaks (the parent's, also when the invitation has no text in it), and
  // the organisation's consent text in it: its version and language are logged with the sign-up.
  const ui = pageLanguage(language, accepted, chosen);
  const consent = await currentConsentText(database, orgId, 'signup', ui);
  return {
    orgName: organisation,
    language: chosen,
    dir: textDirection(chosen),
    languages: languages.map((code) => ({ code, endonym: flyerLanguage(code)?.endonym ?? code, dir: textDirection(code) })),
    flyer: {
      title: content.title,
      whatHappens: textLines(content.whatHappens),
      whatYouGet: textLines(content.whatYouGet),
      dateText: formatFlyerDate(meeting.date, chosen),
      startTime: meeting.startTime,
      venueName: meeting.venueName,
      venueAddress: meeting.venueAddress,
    },
    // Who calls back: the contact on the flyer in this language, else on the Dutch one.
    contact: { name: content.contactName || dutch?.contactName || '', phone: content.contactPhone || dutch?.contactPhone || '' },
    startedAt: signFormTime(now, signupSecret()),
    ui,
    consentText: { text: consent.text, language: consent.language },
  };
}
