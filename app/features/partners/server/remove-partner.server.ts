import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { thePartner } from './partner-records.server';

/** Removes a partner; its reactions go with it (foreign key cascade). */
export async function removePartner(input: TrajectoryScope & { partnerId: string }) {
  authorize(input, 'trajectory.edit');
  const removed = await (await db()).delete(partners).where(thePartner(input, input.partnerId)).returning({ id: partners.id });
  if (removed.length === 0) notFound();
}
