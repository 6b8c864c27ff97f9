import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { boardPledges } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { sendMail } from '#app/mail/send-mail.server';

const payloadSchema = z.object({ orgId: z.uuid(), pledgeId: z.uuid() });

/**
 * Mails a pledge back to the person who made it, then forgets the address: it is kept only until
 * the reminder is sent. A pledge whose reminder went out already is skipped.
 */
export async function sendPledgeReminder(payload: Record<string, unknown>): Promise<void> {
  const { orgId, pledgeId } = payloadSchema.parse(payload);
  const database = await db();
  const [pledge] = await database
    .select({ text: boardPledges.text, email: boardPledges.reminderEmail })
    .from(boardPledges)
    .where(inOrg(boardPledges, orgId, and(eq(boardPledges.id, pledgeId), isNull(boardPledges.reminderSentAt))));
  if (!pledge || pledge.email === '') return;
  const t = createTranslator('nl');
  // Not inside a transaction: the development outbox writes with its own connection.
  await sendMail({ to: pledge.email, subject: t('board.reminderSubject'), text: t('board.reminderBody', { pledge: pledge.text }), lang: 'nl', orgId });
  await database
    .update(boardPledges)
    .set({ reminderSentAt: new Date(), reminderEmail: '' })
    .where(inOrg(boardPledges, orgId, eq(boardPledges.id, pledgeId)));
}
