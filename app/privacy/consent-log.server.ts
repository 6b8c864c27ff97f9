// The consent log (issue 16): every consent a participant gives or withdraws, with the version of
// the text that was shown, is written here, in the transaction of the change that records it. The
// features that capture consent (sign-up, participants, reception, the parents' page) call logConsent;
// the current state is derived from the log (features/consent/domain/state.ts).
import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { CONSENT_HOW, consentEvents, consentTexts } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { consentChange, consentState } from '#app/features/consent/domain/state';
import { BUILT_IN_CONSENT_TEXTS, type ConsentKind, consentTextLanguage } from '#app/features/consent/domain/texts';

export type ConsentHow = (typeof CONSENT_HOW)[number];

/** The organisation's current text of one kind in one language; version 1 (the built-in text) is made when there is none. */
export async function currentConsentText(q: Db | Tx, orgId: string, kind: ConsentKind, language: string) {
  const lang = consentTextLanguage(language);
  const latest = async () =>
    (
      await q
        .select({ id: consentTexts.id, version: consentTexts.version, text: consentTexts.text, language: consentTexts.language })
        .from(consentTexts)
        .where(inOrg(consentTexts, orgId, eq(consentTexts.kind, kind), eq(consentTexts.language, lang)))
        .orderBy(desc(consentTexts.version))
        .limit(1)
    )[0];
  const found = await latest();
  if (found) return found;
  await q.insert(consentTexts).values({ orgId, kind, language: lang, version: 1, text: BUILT_IN_CONSENT_TEXTS[kind][lang] }).onConflictDoNothing();
  return (await latest())!;
}

type LogInput = {
  orgId: string;
  trajectoryId: string;
  participantId: string;
  kind: ConsentKind;
  /** The answer now: true (yes), false (no or withdrawn). */
  answer: boolean;
  language: string;
  how: ConsentHow;
  recordedBy: string | null;
  at?: Date;
};

/** Writes an event when the answer differs from the participant's current state of this kind; answers whether it did. */
export async function logConsent(tx: Tx, input: LogInput): Promise<boolean> {
  const { orgId, trajectoryId, participantId, kind } = input;
  const events = await tx
    .select({ kind: consentEvents.kind, decision: consentEvents.decision, at: consentEvents.at })
    .from(consentEvents)
    .where(inOrg(consentEvents, orgId, and(eq(consentEvents.participantId, participantId), eq(consentEvents.kind, kind))));
  const decision = consentChange(consentState(events)[kind], input.answer);
  if (!decision) return false;
  const text = await currentConsentText(tx, orgId, kind, input.language);
  await tx.insert(consentEvents).values({
    orgId,
    trajectoryId,
    participantId,
    kind,
    decision,
    textId: text.id,
    language: text.language,
    how: input.how,
    recordedBy: input.recordedBy,
    at: input.at ?? new Date(),
  });
  return true;
}
