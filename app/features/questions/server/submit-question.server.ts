import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { once } from '#app/utils/submissions.server';

/**
 * Stores a question handed in by a listener (through their personal link, listenerId set) or
 * through the open question link (listenerId null). Authorised by the link's token: the caller
 * passes the orgId and trajectoryId its token lookup returned; there is no signed-in person.
 * Once per submission key.
 */
export async function submitQuestion({
  orgId,
  trajectoryId,
  listenerId,
  text,
}: {
  orgId: string;
  trajectoryId: string;
  listenerId: string | null;
  text: string;
}): Promise<{ id: string }> {
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'questions.submit', async () => {
      const [row] = await tx.insert(questions).values({ orgId, trajectoryId, listenerId, text }).returning({ id: questions.id });
      return row!;
    }),
  );
}
