import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { programAdvice } from '../domain/advice';
import { clockTimes } from '../domain/clock';
import { runSheetSummary } from '../domain/run-sheet';
import { PROGRAM_KINDS } from '../domain/templates';
import { listMeetings } from './list-meetings.server';
import { listProgram } from './list-program.server';
import { listRunSheet } from './list-run-sheet.server';

/** The program page (S5h): both programs with clock times, totals and advice, and the run sheet with who can own a task. */
export async function getProgramPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const meetings = await listMeetings(scope);
  const program = await listProgram(scope);
  const tasks = await listRunSheet(scope);
  const people = await listTrajectoryPeople(scope);
  return {
    canEdit: can(scope, 'trajectory.edit'),
    programs: PROGRAM_KINDS.map((kind) => {
      const blocks = program[kind];
      const meeting = meetings[kind];
      return {
        kind,
        date: meeting.date,
        startTime: meeting.startTime,
        blocks,
        times: clockTimes(meeting.startTime, blocks),
        total: blocks.reduce((sum, b) => sum + b.minutes, 0),
        advice: programAdvice(kind, blocks),
      };
    }),
    tasks,
    summary: runSheetSummary(tasks),
    people: people.map((p) => ({ value: p.userId, label: p.name || p.email })),
  };
}

export type ProgramView = Awaited<ReturnType<typeof getProgramPage>>['programs'][number];
