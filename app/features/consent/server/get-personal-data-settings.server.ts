import { asc } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { CONSENT_KINDS, consentTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { retentionSettings } from '#app/features/retention/server/get-retention-settings.server';
import { currentConsentText } from '#app/privacy/consent-log.server';
import { CONSENT_TEXT_LANGUAGES } from '../domain/texts';

/** The organisation's personal-data settings (admins and coordinators see them; admins change them): retention periods and consent texts with their versions. */
export async function getPersonalDataSettings({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.privacyPage');
  const database = await db();
  // Makes version 1 of every text that has none yet, so every kind shows its text.
  for (const kind of CONSENT_KINDS) for (const language of CONSENT_TEXT_LANGUAGES) await currentConsentText(database, orgId, kind, language);
  const [retention, texts] = await Promise.all([
    retentionSettings({ orgId, actor }),
    database
      .select({
        kind: consentTexts.kind,
        language: consentTexts.language,
        version: consentTexts.version,
        text: consentTexts.text,
        createdAt: consentTexts.createdAt,
      })
      .from(consentTexts)
      .where(inOrg(consentTexts, orgId))
      .orderBy(asc(consentTexts.kind), asc(consentTexts.language), asc(consentTexts.version)),
  ]);
  return {
    retention,
    canManage: can({ actor }, 'org.manage'),
    consent: CONSENT_KINDS.map((kind) => ({
      kind,
      languages: CONSENT_TEXT_LANGUAGES.map((language) => {
        const versions = texts.filter((t) => t.kind === kind && t.language === language).map((t) => ({ ...t, createdAt: t.createdAt.toISOString() }));
        return { language, current: versions.at(-1)!, earlier: versions.slice(0, -1).reverse() };
      }),
    })),
  };
}
