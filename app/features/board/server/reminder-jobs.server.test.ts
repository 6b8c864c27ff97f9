// Pledge reminders through the job runner (app/jobs) on the real database. Every test that runs
// jobs lives in this file: a run takes every due job in the database, and in the PostgreSQL pass
// all test files share one database. (Kept here, not in app/jobs, as lint allows SQL in tests of features.)
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { boardPledges, jobs, mailOutbox } from '#app/db/schema';
import { MAX_ATTEMPTS, runDueJobs } from '#app/jobs/run-jobs.server';
import { uniqueEmail } from '#tests/factories';
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
});
