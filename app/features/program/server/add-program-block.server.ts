import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { ProgramKind } from '../domain/templates';
import { ensureMeeting, nextBlockPosition, trajectoryOr404 } from './program-records.server';
import { once } from '#app/utils/submissions.server';

export type BlockInput = { title: string; minutes: number; note: string };

/** Adds a block at the end of the meeting's program (once per submission key). */
export async function addProgramBlock(input: TrajectoryScope & BlockInput & { kind: ProgramKind }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, kind, title, minutes, note } = input;
  await (
    await db()
  ).transaction((tx) =>
    once(tx, orgId, 'program.addBlock', async () => {
      await trajectoryOr404(tx, orgId, trajectoryId);
      const meeting = await ensureMeeting(tx, orgId, trajectoryId, kind);
      const position = await nextBlockPosition(tx, orgId, meeting.id);
      await tx.insert(programBlocks).values({ orgId, meetingId: meeting.id, position, title, minutes, note });
    }),
  );
}
