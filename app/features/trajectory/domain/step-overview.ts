// The state of the method's 8 steps, worked out from plain facts. Pure: no database, no React.
import type { TrajectoryRole } from '#app/auth/permissions';
import type { BoardPhase } from '#app/features/board/domain/types';
import { listenerCoverageAdvice, type ListenerCoverageAdvice, plannedTotal } from '#app/features/theme/domain/listener-plan';
import { WORKGROUP_ROLES, workgroupAdvice, type WorkgroupAdvice } from '#app/features/workgroup/domain/workgroup-advice';
import type { MessageKey } from '#app/i18n/i18n';
import { type PreparationFacts, preparationParts, preparationState } from './preparation';

export const STEP_STATES = ['notStarted', 'inProgress', 'done'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** The step pages that exist so far, as paths below /o/:org/t/:tid. */
export type StepLink =
  | 'goal'
  | 'partners'
  | 'workgroup'
  | 'theme'
  | 'prep'
  | 'reception'
  | 'console'
  | 'minutes'
  | 'board'
  | 'dates'
  | 'program'
  | 'location'
  | 'participants'
  | 'materials'
  | 'listeners'
  | 'questions'
  | 'agenda'
  | 'feedback'
  | 'actions';

export type StepFacts = {
  goals: { shortTerm: string; longTerm: string; horizon: string; visionLink: string };
  goalReviews: number;
  partners: number;
  signedPartners: number;
  statements: number;
  /** Everyone with a role in the trajectory; only workgroup roles count for step 3. */
  people: readonly { roles: readonly TrajectoryRole[] }[];
  prepMeetings: number;
  theme: string;
  /** How many profile criteria are filled in (see profileCriteriaCount). */
  profileCriteria: number;
  listenerPlan: readonly { category: string; plannedCount: number }[];
  targets: { participantMin: number; participantMax: number; mirrorListeners: number; followUpListeners: number };
  /** Step 5: counts from its seven parts. */
  preparation: PreparationFacts;
  /** Step 6: how far the mirror meeting itself is. */
  meeting: MeetingFacts;
  /** Step 7: the follow-up session's board. */
  followUp: FollowUpFacts;
  /** Step 8: the agenda back to the parents, and the actions that follow. */
  feedback: FeedbackFacts;
};

export type FeedbackFacts = {
  /** Items on the parents' agenda (adopted from the draft or added by the workgroup). */
  agreedItems: number;
  shared: boolean;
  /** Parents with a personal link, and those who reacted (themselves or through the workgroup). */
  parentLinks: number;
  parentsReacted: number;
  /** Agreed items that have at least one action, and actions done. */
  itemsWithAction: number;
  actions: number;
  actionsDone: number;
};

export const EMPTY_FEEDBACK: FeedbackFacts = {
  agreedItems: 0,
  shared: false,
  parentLinks: 0,
  parentsReacted: 0,
  itemsWithAction: 0,
  actions: 0,
  actionsDone: 0,
};

export type FollowUpFacts = {
  /** null while no board is open. */
  phase: BoardPhase | null;
  members: number;
  notes: number;
  ideas: number;
  pledges: number;
  /** Items on the draft change agenda (the top 10 written when voting closed). */
  agendaItems: number;
};

export const EMPTY_FOLLOW_UP: FollowUpFacts = { phase: null, members: 0, notes: 0, ideas: 0, pledges: 0, agendaItems: 0 };

export type MeetingFacts = {
  checkedIn: number;
  conversationPhase: 'notStarted' | 'conversation' | 'firstReactions' | 'ended';
  notes: number;
  minutesFinalised: boolean;
};

export const EMPTY_MEETING: MeetingFacts = { checkedIn: 0, conversationPhase: 'notStarted', notes: 0, minutesFinalised: false };

export type StepSummary = {
  step: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  name: MessageKey;
  state: StepState;
  summary: MessageKey;
  values: Record<string, string | number>;
  next: MessageKey;
  link: StepLink | null;
};

const filled = (value: string | null | undefined) => (value ?? '').trim() !== '';

/** Number of filled criteria in a participant profile (null when none was saved). */
export function profileCriteriaCount(profile: Readonly<Record<string, unknown>> | null | undefined): number {
  if (!profile) return 0;
  return Object.values(profile).filter((v) => typeof v === 'string' && filled(v)).length;
}

export function isWorkgroupPerson(person: { roles: readonly TrajectoryRole[] }): boolean {
  return person.roles.some((r) => (WORKGROUP_ROLES as readonly string[]).includes(r));
}

const workgroupNext: Record<WorkgroupAdvice, MessageKey> = {
  noLead: 'trajectory.next3NoLead',
  noPolicy: 'trajectory.next3NoPolicy',
  noParentContact: 'trajectory.next3NoParentContact',
  tooSmall: 'trajectory.next3TooSmall',
  tooLarge: 'trajectory.next3TooLarge',
};

const coverageNext: Record<ListenerCoverageAdvice, MessageKey> = {
  noWelfareOrCommunityWork: 'trajectory.next4NoWelfare',
  noExperienceExpert: 'trajectory.next4NoExperienceExpert',
};

function goalStep(facts: StepFacts): StepSummary {
  const count = [facts.goals.shortTerm, facts.goals.longTerm, facts.goals.horizon].filter(filled).length;
  const state: StepState = count === 3 ? 'done' : count > 0 ? 'inProgress' : 'notStarted';
  return {
    step: 1,
    name: 'trajectory.step1Name',
    state,
    summary: state === 'notStarted' ? 'trajectory.summary1None' : 'trajectory.summary1',
    values: { filled: count, reviews: facts.goalReviews },
    next:
      state === 'notStarted'
        ? 'trajectory.next1Start'
        : state === 'inProgress'
          ? 'trajectory.next1Complete'
          : facts.goalReviews === 0
            ? 'trajectory.next1FirstReview'
            : 'trajectory.next1Review',
    link: 'goal',
  };
}

function partnerStep(facts: StepFacts): StepSummary {
  const state: StepState = facts.partners === 0 ? 'notStarted' : facts.signedPartners >= facts.partners ? 'done' : 'inProgress';
  return {
    step: 2,
    name: 'trajectory.step2Name',
    state,
    summary: state === 'notStarted' ? 'trajectory.summary2None' : 'trajectory.summary2',
    values: { partners: facts.partners, signed: Math.min(facts.signedPartners, facts.partners), statements: facts.statements },
    next:
      state === 'notStarted'
        ? 'trajectory.next2Start'
        : state === 'inProgress'
          ? 'trajectory.next2Sign'
          : facts.statements === 0
            ? 'trajectory.next2Statements'
            : 'trajectory.next2Done',
    link: 'partners',
  };
}

function workgroupStep(facts: StepFacts): StepSummary {
  const members = facts.people.filter(isWorkgroupPerson).length;
  const advice = workgroupAdvice(facts.people);
  const state: StepState = members === 0 ? 'notStarted' : advice.length === 0 && facts.prepMeetings >= 1 ? 'done' : 'inProgress';
  const firstAdvice = advice[0];
  return {
    step: 3,
    name: 'trajectory.step3Name',
    state,
    summary: state === 'notStarted' ? 'trajectory.summary3None' : 'trajectory.summary3',
    values: { members, meetings: facts.prepMeetings },
    next:
      state === 'notStarted'
        ? 'trajectory.next3Start'
        : firstAdvice
          ? workgroupNext[firstAdvice]
          : facts.prepMeetings === 0
            ? 'trajectory.next3FirstMeeting'
            : 'trajectory.next3Done',
    link: 'workgroup',
  };
}

function themeStep(facts: StepFacts): StepSummary {
  const hasTheme = filled(facts.theme);
  const hasProfile = facts.profileCriteria > 0;
  const planned = plannedTotal(facts.listenerPlan);
  const coverage = listenerCoverageAdvice(facts.listenerPlan);
  const state: StepState = hasTheme && hasProfile && coverage.length === 0 ? 'done' : hasTheme || hasProfile || planned > 0 ? 'inProgress' : 'notStarted';
  const firstCoverage = coverage[0];
  return {
    step: 4,
    name: 'trajectory.step4Name',
    state,
    summary: hasTheme ? 'trajectory.summary4' : state === 'notStarted' ? 'trajectory.summary4None' : 'trajectory.summary4NoTheme',
    values: { theme: facts.theme.trim(), planned, target: facts.targets.mirrorListeners },
    next: !hasTheme ? 'trajectory.next4Theme' : !hasProfile ? 'trajectory.next4Profile' : firstCoverage ? coverageNext[firstCoverage] : 'trajectory.next4Done',
    link: 'theme',
  };
}

/** Step 5: its state follows its seven parts; the next action is the first part not done. */
function preparationStep(facts: StepFacts): StepSummary {
  const parts = preparationParts(facts.preparation, facts.targets);
  const byPart = Object.fromEntries(parts.map((p) => [p.part, p]));
  const firstOpen = parts.find((p) => p.state !== 'done');
  const partsDone = parts.filter((p) => p.state === 'done').length;
  return {
    step: 5,
    name: 'trajectory.step5Name',
    state: preparationState(parts),
    summary: 'trajectory.summary5Progress',
    values: {
      // The open part's own figures first, so its "what now" can name them.
      ...firstOpen?.values,
      partsDone,
      dates: byPart.dates?.values.set ?? 0,
      ready: byPart.location?.values.ready ?? 0,
      total: byPart.location?.values.total ?? 0,
      signedUp: byPart.participants?.values.signedUp ?? 0,
      min: facts.targets.participantMin,
      max: facts.targets.participantMax,
    },
    next: firstOpen ? firstOpen.next : 'trajectory.next5Done',
    link: firstOpen ? firstOpen.part : 'prep',
  };
}

/** Step 6: done when the minutes are final; the next action follows the evening's order. */
function meetingStep(facts: StepFacts): StepSummary {
  const m = facts.meeting;
  const started = m.checkedIn > 0 || m.conversationPhase !== 'notStarted' || m.notes > 0;
  const [next, link]: [MessageKey, StepLink] = m.minutesFinalised
    ? ['trajectory.next6Done', 'minutes']
    : m.conversationPhase === 'ended' || m.conversationPhase === 'firstReactions'
      ? ['trajectory.next6Finalise', 'minutes']
      : m.conversationPhase === 'conversation'
        ? ['trajectory.next6Minutes', 'minutes']
        : m.checkedIn > 0
          ? ['trajectory.next6Console', 'console']
          : ['trajectory.next6Reception', 'reception'];
  return {
    step: 6,
    name: 'trajectory.step6Name',
    state: m.minutesFinalised ? 'done' : started ? 'inProgress' : 'notStarted',
    summary: started ? 'trajectory.summary6Progress' : 'trajectory.summary6',
    values: { checkedIn: m.checkedIn, notes: m.notes },
    next,
    link,
  };
}

/** Step 7: started when the board is opened, done when voting is closed and the top 10 is written. */
function followUpStep(facts: StepFacts): StepSummary {
  const f = facts.followUp;
  const values = {
    followUp: facts.targets.followUpListeners,
    members: f.members,
    notes: f.notes,
    ideas: f.ideas,
    pledges: f.pledges,
    items: f.agendaItems,
  };
  if (f.phase === null)
    return { step: 7, name: 'trajectory.step7Name', state: 'notStarted', summary: 'trajectory.summary7', values, next: 'trajectory.next7', link: 'board' };
  const closed = f.phase === 'closed';
  return {
    step: 7,
    name: 'trajectory.step7Name',
    state: closed ? 'done' : 'inProgress',
    summary: closed ? 'trajectory.summary7Done' : 'trajectory.summary7Progress',
    values,
    next: closed ? 'trajectory.next7Done' : 'trajectory.next7Running',
    link: 'board',
  };
}

/**
 * Step 8: started when the workgroup adopts the draft; done when the agenda went back to the
 * parents, they reacted, and every item has an action. After that it is follow-up, not a new state.
 */
function feedbackStep(facts: StepFacts): StepSummary {
  const f = facts.feedback;
  const values = {
    items: f.agreedItems,
    reacted: f.parentsReacted,
    links: f.parentLinks,
    actions: f.actions,
    done: f.actionsDone,
    withoutAction: Math.max(0, f.agreedItems - f.itemsWithAction),
  };
  const [next, link]: [MessageKey, StepLink] =
    f.agreedItems === 0
      ? [facts.followUp.agendaItems > 0 ? 'trajectory.next8Adopt' : 'trajectory.next8', 'agenda']
      : !f.shared
        ? ['trajectory.next8Share', 'agenda']
        : f.parentLinks === 0
          ? ['trajectory.next8Links', 'feedback']
          : f.parentsReacted === 0
            ? ['trajectory.next8Reactions', 'feedback']
            : f.itemsWithAction < f.agreedItems
              ? ['trajectory.next8Actions', 'actions']
              : ['trajectory.next8Done', 'actions'];
  const done = f.agreedItems > 0 && f.shared && f.parentsReacted > 0 && f.itemsWithAction >= f.agreedItems;
  return {
    step: 8,
    name: 'trajectory.step8Name',
    state: done ? 'done' : f.agreedItems > 0 ? 'inProgress' : 'notStarted',
    summary: f.agreedItems === 0 ? 'trajectory.summary8' : f.shared ? 'trajectory.summary8Shared' : 'trajectory.summary8Agenda',
    values,
    next,
    link,
  };
}

/** The 8 steps in order, each with its state, what is known and the next suggested action. */
export function stepOverview(facts: StepFacts): StepSummary[] {
  return [
    goalStep(facts),
    partnerStep(facts),
    workgroupStep(facts),
    themeStep(facts),
    preparationStep(facts),
    meetingStep(facts),
    followUpStep(facts),
    feedbackStep(facts),
  ];
}

export function stepsDone(steps: readonly StepSummary[]): number {
  return steps.filter((s) => s.state === 'done').length;
}
