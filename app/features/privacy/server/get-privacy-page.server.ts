import { authorize } from '#app/auth/authorize.server';
import type { OrgScope } from '#app/db/scope.server';
import { retentionSettings } from '#app/features/retention/server/get-retention-settings.server';
import { PERSONAL_DATA } from '../domain/register';
import { whoSees } from '../domain/who-sees';

/**
 * The organisation's privacy page (admins and coordinators): the register of personal data with,
 * per row, who may see it (from the permissions) and how long it is kept (from the settings).
 */
export async function getPrivacyPage({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.privacyPage');
  const settings = await retentionSettings({ orgId, actor });
  return {
    rows: PERSONAL_DATA.map((entry) => ({
      table: entry.table,
      columns: [...entry.columns],
      subject: entry.subject,
      purpose: entry.purpose,
      seenBy: entry.seenBy === 'nobody' || entry.seenBy === 'linkOnly' ? entry.seenBy : whoSees(entry.seenBy),
      keeping: entry.keeping,
      months: entry.keeping in settings ? settings[entry.keeping as keyof typeof settings] : null,
    })),
    purposes: [...new Set(PERSONAL_DATA.map((e) => e.purpose))],
  };
}
