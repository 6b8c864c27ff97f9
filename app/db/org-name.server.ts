// The organisation's name, for pages and mails that speak on its behalf. The organisations table is
// the tenant itself: its own id is the scope.
import { eq } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { organisations } from '#app/db/schema';

export async function orgName(orgId: string, reader?: Db | Tx): Promise<string> {
  const [org] = await (reader ?? (await db())).select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  return org?.name ?? '';
}
