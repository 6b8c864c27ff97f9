import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { chosenInOrder } from '#app/features/questions/domain/ordering';
import { createTranslator } from '#app/i18n/i18n';
import type { Roster } from '../domain/queue';
import { innerCircleRows } from './list-inner-circle.server';

// The conversation is held in Dutch, so the default opening and closing questions are Dutch.
const t = createTranslator('nl');

/** What the console is built from: the inner circle, the chosen questions and the theme. */
export async function consoleRoster(database: Db | Tx, orgId: string, trajectory: { id: string; theme: string }): Promise<Roster> {
  const circle = await innerCircleRows(database, orgId, trajectory.id);
  const all = await database
    .select({
      id: questions.id,
      text: questions.text,
      status: questions.status,
      position: questions.position,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .where(inOrg(questions, orgId, eq(questions.trajectoryId, trajectory.id)));
  const theme = trajectory.theme.trim();
  return {
    participantIds: circle.map((c) => c.participantId),
    opening: theme ? t('console.openingDefault', { theme }) : t('console.openingDefaultNoTheme'),
    closing: t('console.closingDefault'),
    questions: chosenInOrder(all).map((q) => ({ id: q.id, text: q.text })),
  };
}
