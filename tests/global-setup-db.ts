// With DATABASE_URL set (PostgreSQL run), migrate once before the workers start, so two workers
// never race to create the same tables. PGlite runs migrate per worker in memory.
export default async function setup() {
  if (!process.env.DATABASE_URL) return;
  const { initDb, closeDb } = await import('../app/db/client.server');
  await initDb({ url: process.env.DATABASE_URL });
  await closeDb();
}
