// The program and run sheet as a PDF, for the workgroup to print or send around.
import { authorize } from '#app/auth/authorize.server';
import type { MeetingKind } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, type Locale, type Translate } from '#app/i18n/i18n';
import { newPdf, PdfTextWriter, type TextOptions } from '#app/utils/pdf/pdf-text.server';
import { clockTimes } from '../domain/clock';
import { PROGRAM_KINDS, type ProgramKind } from '../domain/templates';
import { listMeetings, type MeetingInfo } from './list-meetings.server';
import { listProgram, type ProgramBlock } from './list-program.server';
import { listRunSheet, type RunSheetTask } from './list-run-sheet.server';

/** The trajectory's programs and run sheet as a PDF, in the reader's language. */
export async function buildProgramPdf(input: TrajectoryScope & { t: Translate; locale: Locale; today: string }): Promise<Buffer> {
  authorize(input, 'trajectory.view');
  const { title } = await loadTrajectory(input);
  const [meetings, program, tasks] = [await listMeetings(input), await listProgram(input), await listRunSheet(input)];
  return renderPdf({ t: input.t, locale: input.locale, today: input.today, trajectoryTitle: title, meetings, program, tasks });
}

type PdfContent = {
  t: Translate;
  locale: Locale;
  trajectoryTitle: string;
  meetings: Record<MeetingKind, MeetingInfo>;
  program: Record<ProgramKind, ProgramBlock[]>;
  tasks: RunSheetTask[];
  today: string;
};

function renderPdf({ t, locale, trajectoryTitle, meetings, program, tasks, today }: PdfContent): Promise<Buffer> {
  const margin = 56;
  // The shared writer: titles and notes in any script the workgroup types (Turkish, Polish, Arabic) print as typed.
  const { doc, root, bytes } = newPdf({ size: 'A4', margin, lang: locale, title: `${trajectoryTitle}: ${t('program.pdfHeading')}` });
  const writer = new PdfTextWriter(doc, { left: margin, width: doc.page.width - 2 * margin, top: margin, bottom: doc.page.height - margin }, 'ltr', root);
  const text = (
    value: string,
    {
      bold = false,
      size = 11,
      color = '#000000',
      gap = 0.2,
      tag,
    }: { bold?: boolean; size?: number; color?: string; gap?: number; tag?: TextOptions['tag'] } = {},
  ) => {
    writer.paragraph(value, { size, bold, color, lineHeight: 1.3, tag });
    writer.space(size * gap);
  };

  text(trajectoryTitle, { bold: true, size: 20, tag: 'H1' });
  text(t('program.pdfHeading'), { size: 14 });
  text(t('program.pdfMade', { date: formatDate(today, locale) }), { size: 9, color: '#555555', gap: 1 });

  for (const kind of PROGRAM_KINDS) {
    const blocks = program[kind];
    if (blocks.length === 0) continue;
    const meeting = meetings[kind];
    // A meeting's heading does not stay alone at the bottom of a page.
    writer.ensureSpace(15 * 1.3 + 11 * 4);
    text(t(`program.meeting_${kind}`), { bold: true, size: 15, tag: 'H2' });
    const times = clockTimes(meeting.startTime, blocks);
    const when = [meeting.date ? formatDate(meeting.date, locale) : null, times ? times.start : null].filter(Boolean).join(', ');
    text(when ? t('program.startsAt', { when }) : t('program.pdfNoDate'), { size: 10 });
    if (meeting.venueName || meeting.venueAddress) {
      text(t('program.pdfPlace', { place: [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', ') }), { size: 10 });
    }
    writer.space(5);
    blocks.forEach((block, i) => {
      const time = times ? `${times.blocks[i]!.start}–${times.blocks[i]!.end}  ` : '';
      text(`${time}${block.title} (${block.minutes} min)`, { gap: block.note ? 0 : 0.2 });
      if (block.note) text(block.note, { size: 9, color: '#444444' });
    });
    const minutes = blocks.reduce((sum, b) => sum + b.minutes, 0);
    text(times ? t('program.totalWithTimes', { minutes, start: times.start, end: times.end }) : t('program.totalMinutes', { minutes }), {
      bold: true,
      size: 10,
      gap: 1,
    });
  }

  writer.ensureSpace(15 * 1.3 + 11 * 4);
  text(t('program.runSheetTitle'), { bold: true, size: 15, tag: 'H2' });
  if (tasks.length === 0) text(t('program.noTasks'));
  for (const task of tasks) {
    const status = task.done ? t('program.statusDone') : t('program.statusOpen');
    text(`${status}: ${task.title}`, { bold: !task.done, gap: 0 });
    const details = [
      t('program.pdfOwner', { name: task.ownerName ?? t('program.noOwner') }),
      task.dueOn ? t('program.pdfDue', { date: formatDate(task.dueOn, locale) }) : t('program.noDue'),
    ].join('   ');
    text(details, { size: 9, color: '#444444', gap: 0.4 });
  }
  doc.end();
  return bytes;
}
