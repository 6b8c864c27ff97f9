// Pledge reminders through the job runner (app/jobs) on the real database. Every test that runs
// jobs lives in this file: a run takes every due job in the database, and in the PostgreSQL pass
// all test files share one database. (Kept here, not in app/jobs, as lint allows SQL in tests of features.)
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { hashDevice, newDeviceToken } from '#app/auth/device-token.server';
import { db } from '#app/db/client.server';
import { boardPledges, jobs, mailOutbox } from '#app/db/schema';
import { MAX_ATTEMPTS, runDueJobs } from '#app/jobs/run-jobs.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn, uniqueEmail } from '#tests/factories';
import { addPledge } from './add-pledge.server';
import { joinBoard } from './join-board.server';
import { openBoard } from './open-board.server';
import { setPhase } from './set-phase.server';

const key = () => randomUUID();

async function setup() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const lead = await makeMember(org.id, 'coordinator');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  const scope = await scopeIn(lead, trajectory.id);
  const board = await openBoard(scope);
  const ids = { ...scope, boardId: board.id };
  const device = { orgId: org.id, boardId: board.id };
  const join = async () => (await joinBoard({ ...device, deviceHash: hashDevice(newDeviceToken()), displayName: '' })).memberId;
  const phase = (p: 'tomorrow') => setPhase({ ...ids, phase: p });
  return { device, join, phase };
}

describe('job runner', () => {
  it('sends the reminder once when due, then forgets the address; two runners never run one job twice', async () => {
    const { device, join, phase } = await setup();
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
