// Step 5 has seven parts; each gets a state and a one-line summary for the hub page and the
// overview, from plain counts (no personal data). Pure: no database, no React.
import type { LocationChecklist, MeetingKind } from '#app/db/schema';
import { datesSummary } from '#app/features/calendar/domain/date-warnings';
import { locationReadiness } from '#app/features/program/domain/location';
import type { MessageKey } from '#app/i18n/i18n';
import type { StepState } from './step-overview';

export type PreparationFacts = {
  meetings: readonly { kind: MeetingKind; date: string | null; startTime: string; venueName: string; checklist: LocationChecklist | null }[];
  /** Meeting kinds that have a program. */
  programs: readonly MeetingKind[];
  runSheet: { open: number; done: number };
  /** Participants per pipeline status (counts only). */
  participants: Readonly<Record<'approached' | 'interested' | 'registered' | 'confirmed' | 'attended' | 'cancelled', number>>;
  flyerLanguages: number;
  listeners: { total: number; invited: number; yesMirror: number; yesFollowUp: number };
  questions: { submitted: number; chosen: number; missingDomains: readonly string[] };
};

export const EMPTY_PREPARATION: PreparationFacts = {
  meetings: [],
  programs: [],
  runSheet: { open: 0, done: 0 },
  participants: { approached: 0, interested: 0, registered: 0, confirmed: 0, attended: 0, cancelled: 0 },
  flyerLanguages: 0,
  listeners: { total: 0, invited: 0, yesMirror: 0, yesFollowUp: 0 },
  questions: { submitted: 0, chosen: 0, missingDomains: ['medical', 'social'] },
};

export type PreparationPart = 'dates' | 'program' | 'location' | 'participants' | 'materials' | 'listeners' | 'questions';

export type PartSummary = {
  part: PreparationPart;
  name: MessageKey;
  state: StepState;
  summary: MessageKey;
  values: Record<string, number>;
  /** What is really still open in this part (issue 14, item 7), with its values. */
  next: MessageKey;
};

type Targets = { participantMin: number; participantMax: number; mirrorListeners: number };

const state = (started: boolean, done: boolean): StepState => (done ? 'done' : started ? 'inProgress' : 'notStarted');

/** Registered, confirmed or attended: the people who will sit in the inner circle. */
export function signedUpCount(participants: PreparationFacts['participants']): number {
  return participants.registered + participants.confirmed + participants.attended;
}

export function preparationParts(facts: PreparationFacts, targets: Targets): PartSummary[] {
  const dates = datesSummary(facts.meetings);
  const mirror = facts.meetings.find((m) => m.kind === 'mirror');
  const followUp = facts.meetings.find((m) => m.kind === 'follow_up');
  const mirrorReady = locationReadiness(mirror?.checklist, 'mirror');
  const followUpReady = locationReadiness(followUp?.checklist, 'follow_up');
  const programs = new Set(facts.programs.filter((k) => k === 'mirror' || k === 'follow_up')).size;
  const tasks = facts.runSheet.open + facts.runSheet.done;
  const signedUp = signedUpCount(facts.participants);
  const anyParticipant = Object.values(facts.participants).some((n) => n > 0);
  const { listeners, questions } = facts;
  return [
    {
      part: 'dates',
      name: 'trajectory.navDates',
      state: state(dates.set > 0, dates.set === 3 && dates.warnings === 0),
      summary: 'trajectory.prepDates',
      values: { set: dates.set, warnings: dates.warnings, missing: 3 - dates.set },
      next: dates.set < 3 ? 'trajectory.next5_dates' : 'trajectory.next5_datesWarnings',
    },
    {
      part: 'program',
      name: 'trajectory.navProgram',
      state: state(programs > 0 || facts.runSheet.done > 0, programs === 2 && tasks > 0 && facts.runSheet.open === 0),
      summary: 'trajectory.prepProgram',
      values: { programs, done: facts.runSheet.done, tasks, open: facts.runSheet.open },
      next: programs < 2 ? 'trajectory.next5_program' : tasks === 0 ? 'trajectory.next5_runSheet' : 'trajectory.next5_runSheetOpen',
    },
    {
      part: 'location',
      name: 'trajectory.navLocation',
      state: state(
        Boolean(mirror?.venueName) || mirrorReady.ready > 0,
        Boolean(mirror?.venueName) && mirrorReady.ready === mirrorReady.total && followUpReady.ready === followUpReady.total,
      ),
      summary: 'trajectory.prepLocation',
      values: { ready: mirrorReady.ready, total: mirrorReady.total, missing: mirrorReady.total - mirrorReady.ready },
      next: !mirror?.venueName
        ? 'trajectory.next5_location'
        : mirrorReady.ready < mirrorReady.total
          ? 'trajectory.next5_checklistMirror'
          : 'trajectory.next5_checklistFollowUp',
    },
    {
      part: 'participants',
      name: 'trajectory.navParticipants',
      state: state(anyParticipant, signedUp >= targets.participantMin),
      summary: 'trajectory.prepParticipants',
      values: {
        signedUp,
        interested: facts.participants.interested,
        min: targets.participantMin,
        max: targets.participantMax,
        needed: Math.max(0, targets.participantMin - signedUp),
      },
      next: 'trajectory.next5_participants',
    },
    {
      part: 'materials',
      name: 'trajectory.navMaterials',
      state: state(facts.flyerLanguages > 0, facts.flyerLanguages > 0),
      summary: 'trajectory.prepMaterials',
      values: { languages: facts.flyerLanguages },
      next: 'trajectory.next5_materials',
    },
    {
      part: 'listeners',
      name: 'trajectory.navListeners',
      state: state(listeners.total > 0, listeners.yesMirror >= targets.mirrorListeners),
      summary: 'trajectory.prepListeners',
      values: {
        invited: listeners.invited,
        yes: listeners.yesMirror,
        target: targets.mirrorListeners,
        needed: Math.max(0, targets.mirrorListeners - listeners.yesMirror),
      },
      next: listeners.total === 0 ? 'trajectory.next5_listeners' : 'trajectory.next5_listenersYes',
    },
    {
      part: 'questions',
      name: 'trajectory.navQuestions',
      state: state(questions.submitted > 0, questions.chosen > 0 && questions.missingDomains.length === 0),
      summary: 'trajectory.prepQuestions',
      values: { submitted: questions.submitted, chosen: questions.chosen },
      next:
        questions.submitted === 0
          ? 'trajectory.next5_questions'
          : questions.chosen === 0
            ? 'trajectory.next5_questionsChoose'
            : 'trajectory.next5_questionsDomains',
    },
  ];
}

/** Step 5 as a whole: done when every part is, not started when none has begun. */
export function preparationState(parts: readonly PartSummary[]): StepState {
  if (parts.every((p) => p.state === 'done')) return 'done';
  if (parts.every((p) => p.state === 'notStarted')) return 'notStarted';
  return 'inProgress';
}
