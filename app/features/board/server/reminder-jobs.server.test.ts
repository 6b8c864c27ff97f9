// Pledge reminders through the job runner (app/jobs) on the real database. Every test that runs
// jobs lives in this file: a run takes every due job in the database, and in the PostgreSQL pass
// all test files share one database. (Kept here, not in app/jobs, as lint allows SQL in tests of features.)
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { boardPledges, jobs, mailOutbox } from '#app/db/schema';
import { SCHOOL_HOLIDAYS_JOB } from '#app/features/calendar/domain/rijksoverheid-holidays';
import { getHolidayCalendar } from '#app/features/calendar/server/get-holiday-calendar.server';
import { MAX_ATTEMPTS, runDueJobs } from '#app/jobs/run-jobs.server';
import { config } from '#app/utils/config.server';
import { makeMember, makeOrg, uniqueEmail } from '#tests/factories';
import { addPledge } from './add-pledge.server';
import { key, openTestBoard } from './board-fixture';

describe('job runner', () => {
  it('sends the reminder once when due, then forgets the address; two runners never run one job twice', async () => {
    const { device, join, phase } = await openTestBoard();
    const me = await join();
    await phase('tomorrow');
    const email = uniqueEmail('reminder');
    const pledge = await addPledge({
      ...device,
      memberId: me,
      text: 'Ik vraag door als ouders iets niet snappen',
      reminderEmail: email,
      reminderWeeks: 2,
      key: key(),
    });
    const database = await db();
    const outbox = () => database.select().from(mailOutbox).where(eq(mailOutbox.to, email));

    await runDueJobs({ now: new Date(Date.now() + 7 * 24 * 3600 * 1000) });
    expect(await outbox()).toHaveLength(0);

    const due = new Date(Date.now() + 15 * 24 * 3600 * 1000);
    await Promise.all([runDueJobs({ now: due }), runDueJobs({ now: due })]);
    await runDueJobs({ now: new Date(due.getTime() + 3600 * 1000) });
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Herinnering: wat je anders wilde doen');
    expect(sent[0]!.text).toContain('Ik vraag door als ouders iets niet snappen');
    const [row] = await database.select().from(boardPledges).where(eq(boardPledges.id, pledge.id));
    expect(row).toMatchObject({ reminderEmail: '' });
    expect(row!.reminderSentAt).toBeInstanceOf(Date);
    const finished = (await database.select().from(jobs).where(eq(jobs.kind, 'pledge-reminder'))).filter((j) => j.payload.pledgeId === pledge.id);
    expect(finished).toEqual([expect.objectContaining({ attempts: 1, lastError: '' })]);
    expect(finished[0]!.doneAt).toBeInstanceOf(Date);
  });

  it('retries a failing job later and gives up after five attempts', async () => {
    const database = await db();
    const kind = `unknown-${randomUUID()}`;
    const [job] = await database.insert(jobs).values({ kind, payload: {} }).returning();
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Far enough ahead for the back-off of the previous attempt.
      now = new Date(now.getTime() + 2 * 24 * 3600 * 1000);
      await runDueJobs({ now });
      const [row] = await database.select().from(jobs).where(eq(jobs.id, job!.id));
      expect(row!.attempts).toBe(attempt);
      expect(row!.lastError).toContain(kind);
      if (attempt < MAX_ATTEMPTS) {
        expect(row!.doneAt).toBeNull();
        expect(row!.runAt.getTime()).toBeGreaterThan(now.getTime());
      } else {
        expect(row!.doneAt).toBeInstanceOf(Date);
        expect(row!.lastError).toMatch(/^gave up/);
      }
    }
  });

  it("fetches the government's school holidays from the configured address into the organisation's list; a bad answer changes nothing and is retried", async () => {
    // Made for the tests in the open data format; its dates are test data, not the official ones.
    const file = readFileSync(new URL('../../calendar/domain/fixtures/schoolvakanties-2026-2027.json', import.meta.url), 'utf8');
    let broken = false;
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/schoolholidays/schoolyear/2026-2027?output=json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(broken ? '<html>Onderhoud</html>' : file);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const template = config.schoolHolidaysUrl;
    config.schoolHolidaysUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schoolholidays/schoolyear/{schoolyear}?output=json`;
    try {
      const database = await db();
      const admin = await makeMember((await makeOrg()).id, 'admin');
      const before = (await getHolidayCalendar(admin)).schoolHolidays;
      const payload = { schoolYears: ['2026-2027', '2027-2028'], orgId: admin.orgId };
      const runAt = new Date(Date.now() - 1000);

      broken = true;
      const [failing] = await database.insert(jobs).values({ kind: SCHOOL_HOLIDAYS_JOB, payload, runAt }).returning();
      await runDueJobs();
      const [failed] = await database.select().from(jobs).where(eq(jobs.id, failing!.id));
      expect(failed).toMatchObject({ attempts: 1, doneAt: null, lastError: expect.stringContaining('calendar.importNotJson') });
      expect((await getHolidayCalendar(admin)).schoolHolidays).toEqual(before);

      broken = false;
      await runDueJobs({ now: new Date(Date.now() + 2 * 60_000) });
      const [done] = await database.select().from(jobs).where(eq(jobs.id, failing!.id));
      expect(done).toMatchObject({ attempts: 2, lastError: '' });
      expect(done!.doneAt).toBeInstanceOf(Date);
      // 2027-2028 is not published yet (404): skipped, not a failure.
      const year = (y: string) => `/schoolholidays/schoolyear/${y}?output=json`;
      expect(asked).toEqual([year('2026-2027'), year('2026-2027'), year('2027-2028')]);
      const rows = (await getHolidayCalendar(admin)).schoolHolidays.filter((h) => h.schoolYear === '2026-2027');
      expect(rows).toHaveLength(11);
      expect(rows.every((h) => h.origin === 'rijksoverheid')).toBe(true);
    } finally {
      config.schoolHolidaysUrl = template;
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
