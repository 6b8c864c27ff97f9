// The program and run sheet as a PDF, for the workgroup to print or send around.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { authorize } from '#app/auth/authorize.server';
import type { MeetingKind } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, type Locale, type Translate } from '#app/i18n/i18n';
import { clockTimes } from '../domain/clock';
import { PROGRAM_KINDS, type ProgramKind } from '../domain/templates';
import { listMeetings, type MeetingInfo } from './list-meetings.server';
import { listProgram, type ProgramBlock } from './list-program.server';
import { listRunSheet, type RunSheetTask } from './list-run-sheet.server';

// Noto Sans, embedded, so ë, é, ’ and – print as they should (the standard PDF fonts lack some).
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')),
    bold: readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff')),
  };
  return fonts;
}

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
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${trajectoryTitle}: ${t('program.pdfHeading')}` },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const text = (value: string, { font = 'regular', size = 11, color = '#000000', gap = 0.2 } = {}) => {
    doc.font(font).fontSize(size).fillColor(color).text(value);
    doc.moveDown(gap);
  };

  text(trajectoryTitle, { font: 'bold', size: 20 });
  text(t('program.pdfHeading'), { size: 14 });
  text(t('program.pdfMade', { date: formatDate(today, locale) }), {
    size: 9,
    color: '#555555',
    gap: 1,
  });

  for (const kind of PROGRAM_KINDS) {
    const blocks = program[kind];
    if (blocks.length === 0) continue;
    const meeting = meetings[kind];
    text(t(`program.meeting_${kind}`), { font: 'bold', size: 15 });
    const times = clockTimes(meeting.startTime, blocks);
    const when = [meeting.date ? formatDate(meeting.date, locale) : null, times ? times.start : null].filter(Boolean).join(', ');
    text(when ? t('program.startsAt', { when }) : t('program.pdfNoDate'), {
      size: 10,
    });
    if (meeting.venueName || meeting.venueAddress) {
      text(
        t('program.pdfPlace', {
          place: [meeting.venueName, meeting.venueAddress].filter(Boolean).join(', '),
        }),
        { size: 10 },
      );
    }
    doc.moveDown(0.4);
    blocks.forEach((block, i) => {
      const time = times ? `${times.blocks[i]!.start}–${times.blocks[i]!.end}  ` : '';
      text(`${time}${block.title} (${block.minutes} min)`, {
        gap: block.note ? 0 : 0.2,
      });
      if (block.note) text(block.note, { size: 9, color: '#444444' });
    });
    const minutes = blocks.reduce((sum, b) => sum + b.minutes, 0);
    text(
      times
        ? t('program.totalWithTimes', {
            minutes,
            start: times.start,
            end: times.end,
          })
        : t('program.totalMinutes', { minutes }),
      { font: 'bold', size: 10, gap: 1 },
    );
  }

  text(t('program.runSheetTitle'), { font: 'bold', size: 15 });
  if (tasks.length === 0) text(t('program.noTasks'));
  for (const task of tasks) {
    const status = task.done ? t('program.statusDone') : t('program.statusOpen');
    text(`${status}: ${task.title}`, {
      font: task.done ? 'regular' : 'bold',
      gap: 0,
    });
    const details = [
      t('program.pdfOwner', { name: task.ownerName ?? t('program.noOwner') }),
      task.dueOn ? t('program.pdfDue', { date: formatDate(task.dueOn, locale) }) : t('program.noDue'),
    ].join('   ');
    text(details, { size: 9, color: '#444444', gap: 0.4 });
  }
  doc.end();
  return done;
}
