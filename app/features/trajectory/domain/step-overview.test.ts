import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trajectoryRoleList, type TrajectoryRole } from '#app/auth/permissions';
import { LISTENER_CATEGORIES, listenerCoverageAdvice } from '#app/features/theme/domain/listener-plan';
import { workgroupAdvice } from '#app/features/workgroup/domain/workgroup-advice';
import { EMPTY_PREPARATION } from './preparation';
import {
  EMPTY_FEEDBACK,
  EMPTY_FOLLOW_UP,
  EMPTY_MEETING,
  type FeedbackFacts,
  type FollowUpFacts,
  profileCriteriaCount,
  STEP_STATES,
  type StepFacts,
  stepOverview,
  stepsDone,
} from './step-overview';

const empty: StepFacts = {
  goals: { shortTerm: '', longTerm: '', horizon: '', visionLink: '' },
  goalReviews: 0,
  partners: 0,
  signedPartners: 0,
  statements: 0,
  people: [],
  prepMeetings: 0,
  theme: '',
  profileCriteria: 0,
  listenerPlan: [],
  targets: { participantMin: 5, participantMax: 8, mirrorListeners: 35, followUpListeners: 20 },
  preparation: EMPTY_PREPARATION,
  meeting: EMPTY_MEETING,
  followUp: EMPTY_FOLLOW_UP,
  feedback: EMPTY_FEEDBACK,
};

const fullWorkgroup: StepFacts['people'] = [{ roles: ['lead'] }, { roles: ['policy'] }, { roles: ['parent_contact', 'workgroup'] }];
const coveredPlan = [
  { category: 'welfare', plannedCount: 3 },
  { category: 'experience_expert_parent', plannedCount: 1 },
];

const stateOf = (facts: Partial<StepFacts>, step: number) => stepOverview({ ...empty, ...facts })[step - 1]!.state;

describe('step 6: the mirror meeting', () => {
  it('follows the evening: reception, console, minutes, finalised', () => {
    const step6 = (meeting: Partial<typeof EMPTY_MEETING>) => stepOverview({ ...empty, meeting: { ...EMPTY_MEETING, ...meeting } })[5]!;
    expect(step6({})).toMatchObject({ state: 'notStarted', link: 'reception' });
    expect(step6({ checkedIn: 3 })).toMatchObject({ state: 'inProgress', link: 'console' });
    expect(step6({ checkedIn: 3, conversationPhase: 'conversation' })).toMatchObject({ state: 'inProgress', link: 'minutes', next: 'trajectory.next6Minutes' });
    expect(step6({ conversationPhase: 'ended', notes: 12 })).toMatchObject({ state: 'inProgress', next: 'trajectory.next6Finalise' });
    expect(step6({ conversationPhase: 'ended', notes: 12, minutesFinalised: true })).toMatchObject({ state: 'done' });
  });
});

describe('step 7: the follow-up session', () => {
  const step7 = (followUp: Partial<typeof EMPTY_FOLLOW_UP>) => stepOverview({ ...empty, followUp: { ...EMPTY_FOLLOW_UP, ...followUp } })[6]!;

  it('is not started until the board is opened, and links to the board', () => {
    expect(step7({})).toMatchObject({ state: 'notStarted', summary: 'trajectory.summary7', next: 'trajectory.next7', link: 'board' });
    expect(step7({}).values.followUp).toBe(20);
  });

  it('is in progress while the board runs, whatever the phase before closing', () => {
    for (const phase of ['touched', 'heard', 'themes', 'ideas', 'vote', 'tomorrow'] as const) {
      expect(step7({ phase, members: 12, notes: 30, ideas: 8 })).toMatchObject({
        state: 'inProgress',
        summary: 'trajectory.summary7Progress',
        next: 'trajectory.next7Running',
        values: { members: 12, notes: 30, ideas: 8 },
      });
    }
  });

  it('is done once voting is closed, with the draft agenda and the pledges counted', () => {
    expect(step7({ phase: 'closed', agendaItems: 11, pledges: 9 })).toMatchObject({
      state: 'done',
      summary: 'trajectory.summary7Done',
      next: 'trajectory.next7Done',
      values: { items: 11, pledges: 9 },
    });
  });
});

describe('step 8: back to the parents', () => {
  const closed: FollowUpFacts = { ...EMPTY_FOLLOW_UP, phase: 'closed', agendaItems: 10 };
  const step8 = (feedback: Partial<FeedbackFacts>, followUp = closed) => stepOverview({ ...empty, followUp, feedback: { ...EMPTY_FEEDBACK, ...feedback } })[7]!;

  it('waits for the vote before there is a draft, then asks to adopt it', () => {
    expect(step8({}, EMPTY_FOLLOW_UP)).toMatchObject({ state: 'notStarted', next: 'trajectory.next8', link: 'agenda' });
    expect(step8({})).toMatchObject({ state: 'notStarted', next: 'trajectory.next8Adopt', link: 'agenda' });
  });

  it('walks through share, links, reactions and actions in that order', () => {
    expect(step8({ agreedItems: 8 })).toMatchObject({ state: 'inProgress', summary: 'trajectory.summary8Agenda', next: 'trajectory.next8Share' });
    expect(step8({ agreedItems: 8, shared: true })).toMatchObject({ next: 'trajectory.next8Links', link: 'feedback' });
    expect(step8({ agreedItems: 8, shared: true, parentLinks: 6 })).toMatchObject({ next: 'trajectory.next8Reactions', link: 'feedback' });
    expect(step8({ agreedItems: 8, shared: true, parentLinks: 6, parentsReacted: 2, itemsWithAction: 5 })).toMatchObject({
      state: 'inProgress',
      summary: 'trajectory.summary8Shared',
      next: 'trajectory.next8Actions',
      link: 'actions',
      values: { withoutAction: 3 },
    });
  });

  it('is done when shared, answered and every item has an action; then it is follow-up', () => {
    expect(step8({ agreedItems: 8, shared: true, parentLinks: 6, parentsReacted: 2, itemsWithAction: 8, actions: 9, actionsDone: 1 })).toMatchObject({
      state: 'done',
      next: 'trajectory.next8Done',
      values: { actions: 9, done: 1 },
    });
  });

  it('is never done without parents having reacted or without a shared agenda', () => {
    const facts = fc.record({
      agreedItems: fc.nat(12),
      shared: fc.boolean(),
      parentLinks: fc.nat(10),
      parentsReacted: fc.nat(10),
      itemsWithAction: fc.nat(12),
      actions: fc.nat(20),
      actionsDone: fc.nat(20),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const step = step8(f);
        if (step.state === 'done') expect(f.shared && f.parentsReacted > 0 && f.agreedItems > 0 && f.itemsWithAction >= f.agreedItems).toBe(true);
        if (f.agreedItems === 0) expect(step.state).toBe('notStarted');
      }),
    );
  });
});

describe('step overview', () => {
  it('starts with all 8 steps not started, with a link for every step', () => {
    const steps = stepOverview(empty);
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(steps.every((s) => s.state === 'notStarted')).toBe(true);
    expect(steps.map((s) => s.link)).toEqual(['goal', 'partners', 'workgroup', 'theme', 'dates', 'reception', 'board', 'agenda']);
    expect(stepsDone(steps)).toBe(0);
  });

  it('step 1: in progress with one goal, done with short, long and horizon goals', () => {
    expect(stateOf({ goals: { ...empty.goals, visionLink: 'https://x.nl' } }, 1)).toBe('notStarted');
    expect(stateOf({ goals: { ...empty.goals, shortTerm: 'Gehoord worden' } }, 1)).toBe('inProgress');
    expect(stateOf({ goals: { shortTerm: 'a', longTerm: 'b', horizon: '  ', visionLink: '' } }, 1)).toBe('inProgress');
    const done = stepOverview({ ...empty, goals: { shortTerm: 'a', longTerm: 'b', horizon: 'c', visionLink: '' } })[0]!;
    expect(done.state).toBe('done');
    expect(done.next).toBe('trajectory.next1FirstReview');
  });

  it('step 2: in progress with a partner, done when every partner signed', () => {
    expect(stateOf({ partners: 2, signedPartners: 1 }, 2)).toBe('inProgress');
    expect(stateOf({ partners: 2, signedPartners: 2 }, 2)).toBe('done');
    expect(stepOverview({ ...empty, partners: 2, signedPartners: 2 })[1]!.next).toBe('trajectory.next2Statements');
  });

  it('step 3: follows the workgroup advice and needs a preparatory meeting', () => {
    expect(stateOf({ people: [{ roles: ['listener'] }] }, 3)).toBe('notStarted');
    const lonelyLead = stepOverview({ ...empty, people: [{ roles: ['lead'] }] })[2]!;
    expect(lonelyLead.state).toBe('inProgress');
    expect(lonelyLead.next).toBe('trajectory.next3NoPolicy');
    const noMeeting = stepOverview({ ...empty, people: fullWorkgroup })[2]!;
    expect(noMeeting.state).toBe('inProgress');
    expect(noMeeting.next).toBe('trajectory.next3FirstMeeting');
    expect(stateOf({ people: fullWorkgroup, prepMeetings: 1 }, 3)).toBe('done');
  });

  it('step 4: done with theme, profile and listener coverage', () => {
    expect(stateOf({ theme: 'De eerste 1000 dagen' }, 4)).toBe('inProgress');
    expect(stateOf({ listenerPlan: [{ category: 'midwife', plannedCount: 2 }] }, 4)).toBe('inProgress');
    const noExpert = stepOverview({ ...empty, theme: 'Vaders', profileCriteria: 1, listenerPlan: [{ category: 'welfare', plannedCount: 3 }] })[3]!;
    expect(noExpert.state).toBe('inProgress');
    expect(noExpert.next).toBe('trajectory.next4NoExperienceExpert');
    expect(stateOf({ theme: 'Vaders', profileCriteria: 2, listenerPlan: coveredPlan }, 4)).toBe('done');
  });

  it('counts filled profile criteria', () => {
    expect(profileCriteriaCount(null)).toBe(0);
    expect(profileCriteriaCount({ childAges: '0-4', sameNeighbourhood: '', phase: ' ', education: 'mbo', languages: '', other: '' })).toBe(2);
  });

  const role = fc.constantFrom<TrajectoryRole>(...trajectoryRoleList);
  const text = fc.constantFrom('', ' ', 'iets');
  const arbitraryFacts: fc.Arbitrary<StepFacts> = fc
    .record({
      goals: fc.record({ shortTerm: text, longTerm: text, horizon: text, visionLink: text }),
      goalReviews: fc.nat(5),
      partners: fc.nat(6),
      signedFraction: fc.nat(6),
      statements: fc.nat(4),
      people: fc.array(fc.record({ roles: fc.uniqueArray(role, { maxLength: 3 }) }), { maxLength: 10 }),
      prepMeetings: fc.nat(6),
      theme: text,
      profileCriteria: fc.nat(6),
      listenerPlan: fc.array(fc.record({ category: fc.constantFrom(...LISTENER_CATEGORIES), plannedCount: fc.nat(10) }), { maxLength: 6 }),
    })
    .map(({ signedFraction, ...rest }) => ({
      ...empty,
      ...rest,
      signedPartners: Math.min(signedFraction, rest.partners),
    }));

  it('always gives 8 steps in a known state, and done only when the step’s facts are there', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const steps = stepOverview(facts);
        expect(steps).toHaveLength(8);
        for (const s of steps) expect(STEP_STATES).toContain(s.state);
        const [goal, partners, workgroup, theme] = steps;
        if (goal!.state === 'done') {
          expect([facts.goals.shortTerm, facts.goals.longTerm, facts.goals.horizon].every((g) => g.trim() !== '')).toBe(true);
        }
        if (partners!.state === 'done') expect(facts.partners >= 1 && facts.signedPartners === facts.partners).toBe(true);
        if (workgroup!.state === 'done') {
          expect(workgroupAdvice(facts.people)).toEqual([]);
          expect(facts.prepMeetings).toBeGreaterThanOrEqual(1);
        }
        if (theme!.state === 'done') {
          expect(facts.theme.trim()).not.toBe('');
          expect(facts.profileCriteria).toBeGreaterThan(0);
          expect(listenerCoverageAdvice(facts.listenerPlan)).toEqual([]);
        }
        expect(stepsDone(steps)).toBeLessThanOrEqual(4);
        for (const s of steps.slice(4)) expect(s.state).toBe('notStarted');
      }),
    );
  });
});
