// Opens the worker's database before its first test, under the hook's longer time limit: starting
// embedded PGlite on a busy machine can take longer than one test is allowed.
import { beforeAll } from 'vitest';
import { db } from '#app/db/client.server';
// Every text, as on the server (app/i18n/catalogue.server.ts).
import '#app/i18n/catalogue.server';

beforeAll(async () => {
  await db();
});
