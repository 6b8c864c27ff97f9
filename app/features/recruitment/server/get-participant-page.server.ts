import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { getParticipantPersonalData } from '#app/features/participants/server/get-participant-personal-data.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { allowedMoves } from '../domain/pipeline';

/** One participant's page: everything about them, the statuses they may move to, and who may have recruited them. */
export async function getParticipantPage(input: TrajectoryScope & { participantId: string }) {
  authorize(input, 'participants.personalData');
  const [participant, people] = await Promise.all([getParticipantPersonalData({ ...input, screen: 'participant' }), listTrajectoryPeople(input)]);
  return {
    participant,
    statuses: [participant.status, ...allowedMoves(participant.status)],
    people: people.map((p) => ({ userId: p.userId, name: p.name || p.email })),
  };
}
