import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { consentTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { currentConsentText } from '#app/privacy/consent-log.server';
import type { ConsentKind, ConsentTextLanguage } from '../domain/texts';

/** Saves a consent text as its next version (admins); earlier versions stay, as consents given refer to them. */
export async function saveConsentText({ orgId, actor, kind, language, text }: OrgScope & { kind: ConsentKind; language: ConsentTextLanguage; text: string }) {
  authorize({ actor }, 'org.manage');
  return (await db()).transaction(async (tx) => {
    // Version 1 (the built-in text) first, so the history starts where parents started.
    const current = await currentConsentText(tx, orgId, kind, language);
    if (current.text === text) return { version: current.version };
    const [row] = await tx
      .insert(consentTexts)
      .values({
        orgId,
        kind,
        language,
        text,
        createdBy: actor.userId,
        version: sql`(select coalesce(max(${consentTexts.version}), 0) + 1 from ${consentTexts} where ${and(inOrg(consentTexts, orgId, eq(consentTexts.kind, kind), eq(consentTexts.language, language)))})`,
      })
      .returning({ version: consentTexts.version });
    return { version: row!.version };
  });
}
