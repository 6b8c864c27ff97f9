import { z } from 'zod';
import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { setListenerPresent } from './reception-row.server';
import { requireReception } from './require-reception.server';

/** The desk ticks a listener off the list (or undoes it). */
export async function checkInListener({
  listenerId,
  present,
  ...scope
}: OrgScope & {
  trajectoryId: string;
  listenerId: string;
  present: boolean;
}): Promise<void> {
  const { trajectory } = await requireReception(scope);
  if (!z.uuid().safeParse(listenerId).success) notFound();
  await (
    await db()
  ).transaction((tx) =>
    setListenerPresent(tx, {
      orgId: scope.orgId,
      trajectoryId: trajectory.id,
      listenerId,
      present,
    }),
  );
}
