// Shared by the other-voices operations only: the contribution link's lookup, the form-time
// secret, the questions a voice answers, the minutes' state, and storing a voice with its notes.
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { minuteNotes, minutes, questions, trajectories, voices } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { minSecondsFrom } from '#app/features/materials/domain/signup-guard';
import { chosenInOrder } from '#app/features/questions/domain/ordering';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { config } from '#app/utils/config.server';
import { notFound } from '#app/utils/http.server';
import { contributionPath, voiceQuestions, type VoiceQuestion } from '../domain/contribution';

type Reader = Db | Tx;
type Trajectory = { orgId: string; trajectoryId: string };

// SESSION_SECRET keeps time stamps valid across restarts and instances; without it a random
// secret per process is enough (at worst someone is asked to press the button once more).
const secret = process.env.SESSION_SECRET || randomBytes(32).toString('hex');
export const contributionSecret = (): string => secret;
/** Seconds a person needs at least to fill the form (SIGNUP_MIN_SECONDS, as for the open sign-up). */
export const contributionMinSeconds = (): number => minSecondsFrom(process.env.SIGNUP_MIN_SECONDS);

export const contributionUrl = (token: string) => `${config.appUrl}${contributionPath(token)}`;

/**
 * The trajectory behind a contribution link that is switched on, or 404 (unknown, renewed or
 * switched off). The token is the scope of this one query; later queries use its orgId with inOrg.
 */
export async function findContributionTarget(reader: Reader, token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const [row] = await reader
    .select({ trajectoryId: trajectories.id, orgId: trajectories.orgId, theme: trajectories.theme })
    .from(trajectories)
    .where(and(eq(trajectories.contributionToken, token), eq(trajectories.contributionOpen, true)))
    .limit(1);
  if (!row) notFound();
  return row;
}

/** The open question and the trajectory's chosen questions in the conversation leader's order. */
export async function questionsFor(reader: Reader, { orgId, trajectoryId }: Trajectory): Promise<VoiceQuestion[]> {
  const rows = await reader
    .select({ id: questions.id, text: questions.text, status: questions.status, position: questions.position, createdAt: questions.createdAt })
    .from(questions)
    .where(inOrg(questions, orgId, eq(questions.trajectoryId, trajectoryId)));
  return voiceQuestions(chosenInOrder(rows));
}

/** Whether the minutes are final: then nothing is added to them any more. */
export async function minutesFinal(reader: Reader, { orgId, trajectoryId }: Trajectory): Promise<boolean> {
  const [row] = await reader
    .select({ status: minutes.status })
    .from(minutes)
    .where(inOrg(minutes, orgId, eq(minutes.trajectoryId, trajectoryId)));
  return row?.status === 'finalised';
}

export type VoiceAnswer = { question: VoiceQuestion; summary: string; quotes: string[] };

/**
 * A voice and its answers as minute notes of the draft minutes (one per answered question, under
 * the console's question key, so they sit beside the meeting's answers), announced on the minutes channel.
 */
export async function storeVoice(
  tx: Tx,
  { orgId, trajectoryId }: Trajectory,
  voice: { kind: 'contribution' | 'conversation'; pseudonym: string; consent: 'form' | 'verbal' | 'paper'; language: string; recordedBy: string | null },
  answers: readonly VoiceAnswer[],
): Promise<string> {
  const [row] = await tx
    .insert(voices)
    .values({ orgId, trajectoryId, ...voice })
    .returning({ id: voices.id });
  await tx.insert(minuteNotes).values(
    answers.map((a, i) => ({
      // One statement, one now(): a millisecond apart keeps the answers in the questions' order.
      createdAt: sql`now() + ${i} * interval '1 millisecond'`,
      orgId,
      trajectoryId,
      voiceId: row!.id,
      questionKey: a.question.key,
      questionText: a.question.dutch,
      kind: 'answer' as const,
      summary: a.summary,
      quotes: a.quotes,
      idempotencyKey: randomUUID(),
      authorId: voice.recordedBy,
    })),
  );
  await publish(tx, { orgId, channel: channelFor(trajectoryId, 'minutes'), kind: 'voice', payload: { id: row!.id } });
  return row!.id;
}
