import { count, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { programTemplate, type BlockKey, type ProgramKind } from '../domain/templates';
import { ensureMeeting, trajectoryOr404 } from './program-records.server';

/**
 * Copies the method's example into the meeting's program. Does nothing when the meeting already
 * has blocks (a second click, or two people at once), so a program is never doubled.
 * `titleFor` turns a block key into text in the language of the person making it.
 */
export async function createProgramFromTemplate(
  input: TrajectoryScope & { kind: ProgramKind; titleFor: (key: BlockKey) => string },
): Promise<{ created: boolean }> {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, kind, titleFor } = input;
  return (await db()).transaction(async (tx) => {
    const trajectory = await trajectoryOr404(tx, orgId, trajectoryId);
    const meeting = await ensureMeeting(tx, orgId, trajectoryId, kind);
    const [existing] = await tx
      .select({ n: count() })
      .from(programBlocks)
      .where(inOrg(programBlocks, orgId, eq(programBlocks.meetingId, meeting.id)));
    if ((existing?.n ?? 0) > 0) return { created: false };
    const blocks = programTemplate(kind, trajectory.variant);
    await tx.insert(programBlocks).values(
      blocks.map((b, position) => ({
        orgId,
        meetingId: meeting.id,
        position,
        title: titleFor(b.key),
        minutes: b.minutes,
      })),
    );
    return { created: true };
  });
}
