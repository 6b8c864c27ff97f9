import type { Tx } from '#app/db/client.server';
import { jobs } from '#app/db/schema';

/** Queues a job in the caller's transaction: it exists exactly when the change that needs it was committed. */
export async function enqueueJob(
  tx: Tx,
  { kind, payload, runAt = new Date() }: { kind: string; payload: Record<string, unknown>; runAt?: Date },
): Promise<number> {
  const [row] = await tx.insert(jobs).values({ kind, payload, runAt }).returning({ id: jobs.id });
  return row!.id;
}
