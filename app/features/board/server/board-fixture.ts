// The board the integration tests of this feature start from: a fresh organisation and trajectory
// with a lead, the board the lead opened, and helpers for the lead's scope and for phones.
import { randomUUID } from 'node:crypto';
import { hashDevice, newDeviceToken } from '#app/auth/device-token.server';
import { giveRole, makeMember, makeOrg, makeTrajectory, scopeIn } from '#tests/factories';
import type { BoardPhase, NoteColumn } from '../domain/types';
import { addIdea } from './add-idea.server';
import { addNote } from './add-note.server';
import { createTheme } from './create-theme.server';
import { joinBoard } from './join-board.server';
import { openBoard } from './open-board.server';
import { revealIdeas } from './reveal-ideas.server';
import { setPhase } from './set-phase.server';

export const key = () => randomUUID();

export async function openTestBoard(title = 'Terugkomen in de Wijk') {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id, { title });
  const lead = await makeMember(org.id, 'coordinator');
  await giveRole(org.id, trajectory.id, lead.actor.userId, 'lead');
  const scope = await scopeIn(lead, trajectory.id);
  const board = await openBoard(scope);
  /** The lead's scope on this board: what staff operations take. */
  const ids = { ...scope, boardId: board.id };
  /** What a phone's device token is looked up to. */
  const device = { orgId: org.id, boardId: board.id };
  const phone = (memberId: string) => ({ ...device, memberId });
  const join = async (displayName = '') => (await joinBoard({ ...device, deviceHash: hashDevice(newDeviceToken()), displayName })).memberId;
  const phase = (p: BoardPhase) => setPhase({ ...ids, phase: p });
  /** A note by a phone, or (null) by the lead for the room. */
  const note = (memberId: string | null, text: string, column: NoteColumn = 'difficult') =>
    addNote({ ...(memberId ? phone(memberId) : ids), column, text, key: key() });
  return { org, trajectory, lead, scope, board, ids, device, phone, join, phase, note };
}

/** A board in the vote phase with ideas in one theme ("Wachten"), revealed. */
export async function votingBoard(ideaCount = 3) {
  const s = await openTestBoard();
  await s.phase('heard');
  await s.note(null, 'Lang wachten op hulp');
  const theme = await createTheme({ ...s.ids, name: 'Wachten' });
  await s.phase('ideas');
  const ideas: string[] = [];
  for (let i = 0; i < ideaCount; i++) ideas.push((await addIdea({ ...s.ids, themeId: theme.id, text: `Idee ${i + 1}`, key: key() })).id);
  await revealIdeas({ ...s.ids, revealed: true });
  await s.phase('vote');
  return { ...s, theme, ideas };
}
