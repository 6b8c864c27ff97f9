// The permission walk: every operation in app/features/*/server checks its own permission as its
// first step. Each exported function is called with nothing but a scope (random ids): a caller
// without the permission must get a 403 before anything is looked up, a caller with it must not.
// A new operation without authorize() fails here until it gets one.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TrajectoryScope } from '#app/db/scope.server';
import { type Actor, can, type Caller, orgRoles, type Permission, permissions, type TrajectoryRole, trajectoryRoleList } from './permissions';

/**
 * Exports that are not role-checked operations, with the reason. Everything reached through a
 * personal link is authorised by its token: the operation takes what the token lookup returned.
 */
const byLink = 'reached through a personal link: authorised by its token or code';
const byDevice = 'a phone on the follow-up board: authorised by the join code and its device token';
const authorisedOtherwise: Record<string, string> = {
  // Making the scope that operations take: 404 outside the organisation.
  requireOrg: 'makes the organisation scope for a signed-in member',
  listMyOrganisations: "the signed-in person's own organisations",
  requireTrajectory: 'makes the trajectory scope for a signed-in member',
  trajectoryScope: 'makes the trajectory scope for jobs and tests',
  loadTrajectory: 'reads the row of a scope that was already authorised',
  seedDemoIfEmpty: 'start-up: the demo organisation on an empty database, no caller',
  seedFreshDemo: 'development only (/dev/demo-org): a fresh demo organisation per browser journey',
  // Before there is an organisation, or about oneself.
  createOrganisation: 'any signed-in person may start an organisation',
  updateProfile: "the signed-in person's own name",
  findInvitation: byLink,
  acceptInvitation: 'by its token, and only for the signed-in person with the invited address (403 for anyone else)',
  findPartnerByToken: byLink,
  getPartnerLinkPage: byLink,
  signIntentStatement: byLink,
  reactToStatement: byLink,
  findListenerByToken: byLink,
  getListenerLinkPage: byLink,
  answerRsvp: byLink,
  handInQuestion: byLink,
  findQuestionLink: byLink,
  submitQuestion: byLink,
  findParentLink: byLink,
  getParentPage: byLink,
  submitParentFeedback: byLink,
  getPublicAgenda: 'the published public page: authorised by its unguessable link (404 when not published)',
  getSignupPage: byLink,
  submitSignup: byLink,
  // Other voices (X1): the trajectory's anonymous contribution link (404 when switched off or renewed).
  getContributionPage: byLink,
  submitContribution: byLink,
  getListenerCheckIn: byLink,
  checkInListenerByLink: byLink,
  findBoardByCode: byDevice,
  joinBoard: byDevice,
  getParticipantView: byDevice,
  castVote: byDevice,
  // A phone changes only its own note (its device token's member; 404 for anyone else's).
  editOwnNote: byDevice,
  deleteOwnNote: byDevice,
  checkBoardCode: 'the code form of the board: says only whether a code exists (failed look-ups are limited per address)',
  addPledge: byDevice,
  // The change agenda's actions (S8b): owners update them through their partner link; parents read them through theirs.
  listPartnerActions: byLink,
  addActionUpdateByPartner: byLink,
  listActionsForParentLink: byLink,
  sendActionReminders: 'the daily reminder job of one organisation (app/jobs), no caller',
  // The JSON API (I1): the bearer token makes the member's scope; the operations it calls authorize as on the screens.
  authenticateApiToken: 'makes the API caller (the member a personal access token acts for) from the bearer token',
  // The government's school holidays, fetched from SCHOOL_HOLIDAYS_URL (issue 17).
  fetchSchoolHolidays: 'the daily fetch job (app/jobs), no caller',
  scheduleSchoolHolidayFetch: 'queues that job at start-up (server/app.ts), no caller',
  // Single sign-on (issue 17): before anyone is signed in.
  findSsoOrganisation: 'the sign-in page: only whether an organisation has its own sign-in switched on, and its name for the button',
  startSso: "starts signing in at the organisation's provider: nobody is signed in yet (404 without single sign-on; limited per address)",
  encryptPlainSsoSecrets: 'encrypts client secrets saved before encryption, at start-up (server/app.ts), no caller',
  finishSso: "signs in only a member of the organisation whose verified address the organisation's provider proved (attempt bound to the browser, used once)",
  // Calendar updates (issue 17): a step inside saveMeetingDates / saveLocation, the job that mails, the personal feed.
  recordMeetingChange: 'a step in the transaction of saveMeetingDates or saveLocation, which authorised the caller',
  sendMeetingChange: 'the job that mails a changed or cancelled meeting to its invitees (app/jobs), no caller',
  withdrawInvitations: 'a step in the transaction of removeTrajectoryRole or removeMember, which authorised the caller',
  sendInvitationWithdrawal: 'the job that mails one cancellation to someone who lost their role (app/jobs), no caller',
  getCalendarFeed: byLink,
  renewCalendarFeed: "the signed-in person's own feed link",
  getCalendarFeedStatus: "the signed-in person's own feed link",
  applyRetention: 'the daily retention sweep (app/jobs), no caller',
  keepRetentionSweep: 'queues the daily retention sweep (app/jobs start-up and the sweep itself), no caller',
};

const featuresDir = new URL('../features/', import.meta.url);
const operationFiles = readdirSync(featuresDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((feature) => {
    const serverDir = new URL(`${feature.name}/server/`, featuresDir);
    try {
      return readdirSync(serverDir)
        .filter((file) => file.endsWith('.server.ts') && !file.endsWith('-records.server.ts'))
        .map((file) => `${feature.name}/server/${file}`);
    } catch {
      return [];
    }
  });

type Operation = { name: string; file: string; run: (input: unknown) => unknown };

async function loadOperations(): Promise<Operation[]> {
  const found: Operation[] = [];
  for (const file of operationFiles) {
    const module = (await import(`../features/${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && !/^[A-Z]/.test(name)) found.push({ name, file, run: value as Operation['run'] });
    }
  }
  return found;
}

/** The permission an operation asks for first, read from its own code. */
function permissionOf(operation: Operation): Permission | null {
  const match = /authorize\)?\([^'"]*?['"]([\w.]+)['"]\s*\)/.exec(operation.run.toString());
  const name = match?.[1];
  return name && (permissions as string[]).includes(name) ? (name as Permission) : null;
}

// Every organisation role with no trajectory role, with each single role, and with all of them.
const roleSets: TrajectoryRole[][] = [[], ...trajectoryRoleList.map((role) => [role]), [...trajectoryRoleList]];
const callers: Required<Caller>[] = orgRoles.flatMap((orgRole) => roleSets.map((roles) => ({ actor: { userId: randomUUID(), orgRole } as Actor, roles })));

const scopeOf = (caller: Required<Caller>): TrajectoryScope => ({ orgId: randomUUID(), trajectoryId: randomUUID(), actor: caller.actor, roles: caller.roles });

/** 403, another status, 'ok', or 'error' for any other failure (bad input is fine here: only the permission matters). */
async function outcome(operation: Operation, caller: Required<Caller>): Promise<number | 'ok' | 'error'> {
  try {
    await operation.run(scopeOf(caller));
    return 'ok';
  } catch (error) {
    return error instanceof Response ? error.status : 'error';
  }
}

const operations = await loadOperations();

describe('every operation checks its own permission', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('names a permission in each operation, or says why it is authorised otherwise', () => {
    const unchecked = operations.filter((op) => !permissionOf(op) && !(op.name in authorisedOtherwise)).map((op) => `${op.file}: ${op.name}`);
    expect(unchecked).toEqual([]);
    const stale = Object.keys(authorisedOtherwise).filter((name) => !operations.some((op) => op.name === name));
    expect(stale).toEqual([]);
  });

  for (const permission of permissions) {
    it(`refuses callers without '${permission}' and lets those with it through`, async () => {
      const checked = operations.filter((op) => permissionOf(op) === permission);
      const denied = callers.filter((caller) => !can(caller, permission));
      const allowed = callers.filter((caller) => can(caller, permission));
      const wrong: string[] = [];
      for (const op of checked) {
        for (const caller of denied) {
          const got = await outcome(op, caller);
          if (got !== 403) wrong.push(`${op.name} let ${caller.actor.orgRole} [${caller.roles.join(',')}] through (${got})`);
        }
        // An admin holding every role may do anything: the check must let them through.
        const strongest = allowed.at(-1);
        if (strongest && (await outcome(op, strongest)) === 403) wrong.push(`${op.name} refused ${strongest.actor.orgRole} with every role`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
