import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import type { RetentionSettings } from '../domain/retention';
import { retentionSettingsOf } from './retention-records.server';

/** The organisation's retention periods in months (they hold no personal data: every member may read them). */
export async function retentionSettings({ orgId, actor }: OrgScope): Promise<RetentionSettings> {
  authorize({ actor }, 'org.view');
  return retentionSettingsOf(await db(), orgId);
}
