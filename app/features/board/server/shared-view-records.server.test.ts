import { describe, expect, it, vi } from 'vitest';
import { addIdea } from './add-idea.server';
import { addPledge } from './add-pledge.server';
import { key, openTestBoard } from './board-fixture';
import { loadBoardView } from './board-view-records.server';
import { castVote } from './cast-vote.server';
import { closeBoard } from './close-board.server';
import { createTheme } from './create-theme.server';
import { getParticipantView } from './get-participant-view.server';
import { revealIdeas } from './reveal-ideas.server';
import { setNoteTheme } from './set-note-theme.server';
import { sharedViewStats } from './shared-view-records.server';
import { updateBoardSettings } from './update-board-settings.server';

describe("a phone's view from the board's shared copy (decision 0011)", () => {
  it('equals a full read for every phone at every step of a session', async () => {
    const s = await openTestBoard();
    const phones = [await s.join('Anna'), await s.join('Bram'), await s.join()];
    const [anna, bram] = phones as [string, string, string];
    const check = async () => {
      for (const memberId of phones) {
        expect(await getParticipantView(s.phone(memberId))).toEqual(await loadBoardView({ ...s.ids, audience: 'participant', memberId }));
      }
    };
    await check();
    await s.phase('heard');
    const first = await s.note(anna, 'Lang wachten op een afspraak');
    await s.note(bram, 'De inloopochtend helpt', 'goes_well');
    await s.note(null, 'Namens de zaal');
    await check();
    const theme = await createTheme({ ...s.ids, name: 'Wachten' });
    await setNoteTheme({ ...s.ids, noteId: first.id, themeId: theme.id });
    await s.phase('ideas');
    // Before the reveal Anna sees her own idea (the full read), the others only that one exists.
    const idea = await addIdea({ ...s.phone(anna), themeId: theme.id, text: 'Terugbellen binnen een dag', key: key() });
    await addIdea({ ...s.ids, themeId: theme.id, text: 'Een vaste contactpersoon', key: key() });
    await check();
    await revealIdeas({ ...s.ids, revealed: true });
    await s.phase('vote');
    await castVote({ ...s.phone(anna), ideaId: idea.id, criterion: '', dots: 2 });
    await castVote({ ...s.phone(bram), ideaId: idea.id, criterion: '', dots: 1 });
    await check();
    await updateBoardSettings({ ...s.ids, settings: { dotsPerPerson: 5, maxDotsPerIdea: null, byCriteria: false, talliesLive: false } });
    await castVote({ ...s.phone(bram), ideaId: idea.id, criterion: '', dots: 3 });
    await check();
    await s.phase('tomorrow');
    await addPledge({ ...s.phone(anna), text: 'Ik bel ouders zelf terug', reminderEmail: '', reminderWeeks: null, key: key() });
    await check();
    await closeBoard(s.ids);
    await check();
  });

  it('follows the board from its events: after another phone posts, no read of the board', async () => {
    const s = await openTestBoard();
    const me = await s.join();
    const other = await s.join();
    await s.phase('heard');
    const before = await getParticipantView(s.phone(me));
    await vi.waitFor(() => expect(sharedViewStats(s.board.id).version).toBe(before.version), { timeout: 5000 });
    await s.note(other, 'Fijn dat er koffie was', 'goes_well');
    // The note's event reaches this instance's copy (NOTIFY after the commit).
    await vi.waitFor(() => expect(sharedViewStats(s.board.id).version).toBe(before.version + 1), { timeout: 5000 });
    const { builds } = sharedViewStats();
    const after = await getParticipantView(s.phone(me));
    expect(sharedViewStats().builds).toBe(builds);
    expect(after.notes.map((n) => [n.text, n.mine])).toEqual([['Fijn dat er koffie was', false]]);
    expect(after).toEqual(await loadBoardView({ ...s.ids, audience: 'participant', memberId: me }));
  });
});
