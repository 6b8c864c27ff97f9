// The follow-up results and the agenda for the parents (R1): made once the board is closed / items
// are agreed, with themes, notes, top 10, pledges; a name in a board note blocks until replaced.
import { describe, expect, it } from 'vitest';
import { addAction } from '#app/features/actions/server/add-action.server';
import { addAgendaItem } from '#app/features/agenda/server/add-agenda-item.server';
import { addPledge } from '#app/features/board/server/add-pledge.server';
import { addIdea } from '#app/features/board/server/add-idea.server';
import { key, openTestBoard, votingBoard } from '#app/features/board/server/board-fixture';
import { createTheme } from '#app/features/board/server/create-theme.server';
import { revealIdeas } from '#app/features/board/server/reveal-ideas.server';
import { setNoteTheme } from '#app/features/board/server/set-note-theme.server';
import { castVote } from '#app/features/board/server/cast-vote.server';
import { closeBoard } from '#app/features/board/server/close-board.server';
import { createParticipant } from '#app/features/participants/server/create-participant.server';
import { RuleError } from '#app/utils/rule-error';
import { pdfText, readZipEntry } from '#tests/files';
import { exportReport } from './export-report.server';
import { getReportPage } from './get-report-page.server';
import { replaceBoardLeak } from './replace-board-leak.server';

const ruleOf = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (e: unknown) => (e instanceof RuleError ? e.messageKey : Promise.reject(e)),
  );

describe('follow-up results report', () => {
  it('waits for the closed board, then holds themes, notes, the top 10 and the number of pledges', async () => {
    const s = await openTestBoard();
    const member = await s.join();
    await s.phase('heard');
    await s.note(null, 'Lang wachten op hulp');
    await s.note(member, 'Mirela belde de school.', 'goes_well');
    const theme = await createTheme({ ...s.ids, name: 'Wachten' });
    await setNoteTheme({ ...s.ids, noteId: (await s.note(null, 'Wachtlijst is te lang')).id, themeId: theme.id });
    await s.phase('ideas');
    const ideas = [
      await addIdea({ ...s.ids, themeId: theme.id, text: 'Idee 1', key: key() }),
      await addIdea({ ...s.ids, themeId: theme.id, text: 'Idee 2', key: key() }),
    ];
    await revealIdeas({ ...s.ids, revealed: true });
    await s.phase('vote');
    expect((await getReportPage({ ...s.scope, kind: 'follow-up' })).ready).toBe(false);
    await castVote({ ...s.phone(member), ideaId: ideas[1]!.id, criterion: '', dots: 2 });
    await castVote({ ...s.phone(member), ideaId: ideas[0]!.id, criterion: '', dots: 1 });
    await s.phase('tomorrow');
    await addPledge({ ...s.phone(member), text: 'Ik bel ouders terug.', reminderEmail: '', reminderWeeks: null, key: key() });
    await closeBoard(s.ids);

    const docx = await exportReport({ ...s.scope, kind: 'follow-up', format: 'docx' });
    expect(docx.filename).toBe('resultaten-terugkomen-in-de-wijk.docx');
    const body = readZipEntry(docx.body, 'word/document.xml')!;
    for (const text of [
      'Wachten',
      'Wachtlijst is te lang',
      'Lang wachten op hulp',
      'Gaat goed: ',
      'Mirela belde de school.',
      'De top 10',
      'Idee 2',
      'Er is 1 belofte gedaan',
    ])
      expect(body).toContain(text);
    // The pledge's own words stay with the person who made it.
    expect(body).not.toContain('Ik bel ouders terug.');
    expect(body.indexOf('Idee 2')).toBeLessThan(body.indexOf('Idee 1'));

    // Mirela registers later: her name on the board blocks the results until the curator replaces it.
    await createParticipant({ ...s.scope, kind: 'parent', status: 'registered', personal: { name: 'Mirela Popescu' } });
    expect(await ruleOf(exportReport({ ...s.scope, kind: 'follow-up', format: 'pdf' }))).toBe('reports.blockedShort');
    const page = await getReportPage({ ...s.scope, kind: 'follow-up' });
    expect(page.canReplace).toEqual({ minuteNote: true, boardNote: true, boardTheme: true, agendaItem: true, action: true });
    const [place] = page.places;
    expect(place).toMatchObject({ kind: 'name', section: 'Thema’s en wat er is opgeschreven', subsection: 'Zonder thema', source: { table: 'boardNote' } });
    await replaceBoardLeak({ ...s.scope, table: 'boardNote', recordId: place!.source!.id, field: 'text', index: 0, start: place!.start, end: place!.end });
    const again = readZipEntry((await exportReport({ ...s.scope, kind: 'follow-up', format: 'docx' })).body, 'word/document.xml')!;
    expect(again).toContain('[naam] belde de school.');
  });
});

describe('agenda report', () => {
  it('waits for an agreed item, then holds each item in plain words in the agenda order', async () => {
    const s = await votingBoard(1);
    expect(await ruleOf(exportReport({ ...s.scope, kind: 'agenda', format: 'pdf' }))).toBe('reports.notReadyShort');
    await addAgendaItem({ ...s.scope, title: 'Ouderkamer', plainText: 'Er komt een kamer voor ouders in de school.', reason: 'Nieuw' });
    await addAgendaItem({ ...s.scope, title: 'Sneller hulp', plainText: 'U hoeft minder lang te wachten.', reason: 'Nieuw' });
    const docx = await exportReport({ ...s.scope, kind: 'agenda', format: 'docx' });
    const body = readZipEntry(docx.body, 'word/document.xml')!;
    expect(body).toContain('1. Ouderkamer');
    expect(body).toContain('2. Sneller hulp');
    expect(body).toContain('Er komt een kamer voor ouders in de school.');
    expect((await exportReport({ ...s.scope, kind: 'agenda', format: 'pdf' })).body.subarray(0, 5).toString()).toBe('%PDF-');
    // The wall poster: the same items on A3, in plain words.
    const poster = await exportReport({ ...s.scope, kind: 'agenda-poster', format: 'pdf' });
    expect(poster.filename).toBe('agenda-poster-terugkomen-in-de-wijk.pdf');
    expect(poster.body.toString('latin1')).toContain('/MediaBox [0 0 841.89 1190.55]');
    expect(await pdfText(poster.body)).toContain('U hoeft minder lang te wachten.');
  });
});

describe('trajectory report', () => {
  it('holds all eight steps with their state and figures, and the actions with their status', async () => {
    const s = await votingBoard(1);
    const item = await addAgendaItem({ ...s.scope, title: 'Ouderkamer', plainText: 'Er komt een kamer voor ouders.', reason: 'Nieuw' });
    await addAction({
      ...s.scope,
      title: 'Kamer inrichten',
      agendaItemId: item.id,
      partnerId: null,
      ownerName: '',
      status: 'running',
      stopReason: '',
      dueOn: '2026-06-01',
      nextStep: '',
    });
    expect((await getReportPage({ ...s.scope, kind: 'trajectory' })).places).toEqual([]);
    const body = readZipEntry((await exportReport({ ...s.scope, kind: 'trajectory', format: 'docx' })).body, 'word/document.xml')!;
    for (const text of ['Stap 1: Doel en strategie', 'Stap 8: ', 'van de 8 stappen zijn klaar.', 'Kamer inrichten', 'Ouderkamer', 'Bezig', '1 juni 2026'])
      expect(body).toContain(text);
    expect((await exportReport({ ...s.scope, kind: 'trajectory', format: 'pdf' })).filename).toBe('traject-terugkomen-in-de-wijk.pdf');
  });
});
