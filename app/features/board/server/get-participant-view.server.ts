import type { BoardView } from '../domain/types';
import type { DeviceMember } from './board-records.server';
import { loadBoardView } from './board-view-records.server';

/** What a phone shows: authorised by its device token, so it takes the member that token was looked up to. */
export async function getParticipantView({ orgId, boardId, memberId }: DeviceMember): Promise<BoardView> {
  return loadBoardView({ orgId, boardId, audience: 'participant', memberId });
}
