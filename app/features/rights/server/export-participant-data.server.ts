import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { orgName } from '#app/db/org-name.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { type Locale } from '#app/i18n/i18n';
import { logAccess } from '#app/privacy/access-log.server';
import { csvFilename } from '#app/utils/csv';
import { renderParticipantPdf } from './export-pdf-records.server';
import { gatherParticipantData, lockParticipant } from './rights-records.server';

export type ExportFormat = 'json' | 'pdf';

/**
 * Everything stored about one participant (issue 16, the right of access): personal data,
 * recruitment, consents, pseudonym, their words by pseudonym, and who looked at their data
 * (including this download, logged in the same transaction). As a JSON file or a readable PDF.
 */
export async function exportParticipantData(
  input: TrajectoryScope & { participantId: string; format: ExportFormat; locale: Locale; now?: Date },
): Promise<{ filename: string; contentType: string; content: Buffer }> {
  authorize(input, 'participants.rights');
  const { format, locale, now = new Date() } = input;
  const { data, org } = await (
    await db()
  ).transaction(async (tx) => {
    // Logged first, so the file lists this download too.
    await lockParticipant(tx, input, input.participantId);
    await logAccess(tx, input, { participantIds: [input.participantId], action: 'export', screen: `rights.export.${format}` });
    return { data: await gatherParticipantData(tx, input, input.participantId), org: await orgName(input.orgId, tx) };
  });
  const t = createTranslator(locale);
  const base = csvFilename(t('rights.file'), data.pseudonym ?? 'deelnemer').replace(/\.csv$/, '');
  if (format === 'json') {
    const json = { exportedAt: now, organisation: org, ...data };
    return { filename: `${base}.json`, contentType: 'application/json; charset=utf-8', content: Buffer.from(JSON.stringify(json, null, 2)) };
  }
  return { filename: `${base}.pdf`, contentType: 'application/pdf', content: await renderParticipantPdf(data, { locale, org, now }) };
}
