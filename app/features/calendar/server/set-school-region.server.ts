import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import type { SchoolRegion } from '#app/features/calendar/domain/school-holidays-nl';

/** Sets the school holiday region whose holidays the organisation's trajectories are checked against (admins only). */
export async function setSchoolRegion({ orgId, actor, region }: OrgScope & { region: SchoolRegion }) {
  authorize({ actor }, 'org.manage');
  // The organisations table is the tenant itself: its own id is the scope.
  await (await db()).update(organisations).set({ schoolRegion: region }).where(eq(organisations.id, orgId));
}
