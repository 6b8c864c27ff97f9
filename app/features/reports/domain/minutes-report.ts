// The minutes report (R1): per question the notes' summaries and the parents' literal quotes,
// by pseudonym only. Notes of a parent who withdrew consent are left out, as are notes a lead
// already emptied ("[verwijderd]"). Pure: the server passes the finalised notes.
import { REMOVED_TEXT } from '#app/features/minutes/domain/consent';
import type { NoteKind } from '#app/features/minutes/domain/notes';
import type { Translate } from '#app/i18n/i18n';
import { type Block, type Report, slug } from './report';

export type ReportNote = {
  id: string;
  questionKey: string;
  questionText: string;
  kind: NoteKind;
  /** The participant's pseudonym ("Ouder A"), '' for a note of nobody in particular. */
  pseudonym: string;
  summary: string;
  quotes: readonly string[];
  withdrawn: boolean;
  createdAt: Date | string;
};

const KIND_LABEL = { answer: 'reports.noteAnswer', outer_circle: 'reports.noteOuterCircle', general: 'reports.noteGeneral' } as const;

/** The notes that go into the report, grouped by question in the order the questions were asked. */
export function reportGroups(notes: readonly ReportNote[]) {
  const shown = notes
    .filter((n) => !n.withdrawn && !(n.summary === REMOVED_TEXT && n.quotes.length === 0))
    .sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
  const groups: { questionKey: string; questionText: string; notes: ReportNote[] }[] = [];
  for (const note of shown) {
    const group = groups.find((g) => g.questionKey === note.questionKey);
    if (group) group.notes.push(note);
    else groups.push({ questionKey: note.questionKey, questionText: note.questionText, notes: [note] });
  }
  return groups;
}

export function minutesReport(input: { t: Translate; orgName: string; trajectoryTitle: string; finalisedOn: string; notes: readonly ReportNote[] }): Report {
  const { t } = input;
  const blocks: Block[] = [];
  const groups = reportGroups(input.notes);
  if (groups.length === 0) blocks.push({ kind: 'paragraph', text: t('reports.minutesEmpty') });
  for (const group of groups) {
    blocks.push({ kind: 'heading', level: 2, text: group.questionText || t('reports.minutesGeneral') });
    for (const note of group.notes) {
      const who = note.pseudonym || t(KIND_LABEL[note.kind]);
      blocks.push({ kind: 'heading', level: 3, text: who });
      if (note.summary.trim()) blocks.push({ kind: 'paragraph', text: note.summary, source: { table: 'minuteNote', id: note.id, field: 'summary' } });
      note.quotes.forEach((quote, index) => {
        blocks.push({ kind: 'quote', text: quote, by: note.pseudonym || undefined, source: { table: 'minuteNote', id: note.id, field: 'quote', index } });
      });
    }
  }
  return {
    title: t('reports.minutesTitle'),
    subtitle: t('reports.subtitle', { org: input.orgName, trajectory: input.trajectoryTitle, date: input.finalisedOn }),
    language: 'nl',
    filename: `verslag-${slug(input.trajectoryTitle)}`,
    blocks,
  };
}
