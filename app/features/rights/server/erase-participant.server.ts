import { and, eq, inArray, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import {
  agendaItems,
  agendaReactions,
  boardNoteQuotes,
  formSubmissions,
  mailOutbox,
  minuteNotes,
  parentFeedback,
  parentLinks,
  participantConsents,
  participantPersonalData,
  participants,
} from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { RuleError } from '#app/utils/rule-error';
import { erasedValues, scrubbed } from '../domain/erasure';
import { lockParticipant, REMOVED } from './rights-records.server';

/**
 * Erases a participant's identity everywhere (issue 16, the right to erasure), in one transaction:
 * their personal-data row, the interpreter on their consent record, where they were met, their
 * parent link (its letter carried their name), mails sent to them, and the stored answers of the
 * forms that created them. Their own texts keep their words but lose any of the erased values.
 * The pseudonym stays. With `removeWords`, their attributable words (minutes, the board's copies
 * of their quotes, the agenda's copies, their reactions) become "[verwijderd]". Logged as 'erase'
 * with ids only.
 */
export async function eraseParticipant(input: TrajectoryScope & { participantId: string; removeWords: boolean }): Promise<void> {
  authorize(input, 'participants.rights');
  const { orgId, trajectoryId, participantId, removeWords } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const participant = await lockParticipant(tx, input, participantId);
    if (participant.erasedAt) throw new RuleError('rights.erasedAlready');
    const [personal] = await tx
      .select()
      .from(participantPersonalData)
      .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
    const values = erasedValues(personal ?? null);
    const scrub = (text: string) => (removeWords && text ? REMOVED : scrubbed(text, values));

    // Their words, by pseudonym: kept (without their identity) or removed.
    const notes = await tx
      .select()
      .from(minuteNotes)
      .where(inOrg(minuteNotes, orgId, eq(minuteNotes.participantId, participantId)));
    const removedQuotes = new Set<string>();
    for (const note of notes) {
      const quotes = note.quotes.map(scrub);
      note.quotes.forEach((q, i) => quotes[i] !== q && removedQuotes.add(q));
      await tx
        .update(minuteNotes)
        .set({ summary: scrub(note.summary), quotes, updatedAt: sql`now()` })
        .where(inOrg(minuteNotes, orgId, eq(minuteNotes.id, note.id)));
    }
    if (notes.length) {
      const linked = await tx
        .select()
        .from(boardNoteQuotes)
        .where(
          inOrg(
            boardNoteQuotes,
            orgId,
            inArray(
              boardNoteQuotes.minuteNoteId,
              notes.map((n) => n.id),
            ),
          ),
        );
      for (const link of linked) {
        if (scrub(link.quote) === link.quote) continue;
        removedQuotes.add(link.quote);
        await tx
          .update(boardNoteQuotes)
          .set({ quote: scrub(link.quote) })
          .where(
            inOrg(
              boardNoteQuotes,
              orgId,
              and(
                eq(boardNoteQuotes.noteId, link.noteId),
                eq(boardNoteQuotes.minuteNoteId, link.minuteNoteId),
                eq(boardNoteQuotes.quoteIndex, link.quoteIndex),
              ),
            ),
          );
      }
    }
    if (removedQuotes.size) {
      const items = await tx
        .select()
        .from(agendaItems)
        .where(inOrg(agendaItems, orgId, eq(agendaItems.trajectoryId, trajectoryId)));
      for (const item of items) {
        const quotes = item.quotes.map((q) => (removedQuotes.has(q) ? scrub(q) : q));
        if (quotes.some((q, i) => q !== item.quotes[i]))
          await tx
            .update(agendaItems)
            .set({ quotes })
            .where(inOrg(agendaItems, orgId, eq(agendaItems.id, item.id)));
      }
    }
    for (const reaction of await tx
      .select()
      .from(agendaReactions)
      .where(inOrg(agendaReactions, orgId, eq(agendaReactions.participantId, participantId))))
      await tx
        .update(agendaReactions)
        .set({ comment: scrub(reaction.comment) })
        .where(inOrg(agendaReactions, orgId, eq(agendaReactions.id, reaction.id)));
    const [feedback] = await tx
      .select()
      .from(parentFeedback)
      .where(inOrg(parentFeedback, orgId, eq(parentFeedback.participantId, participantId)));
    if (feedback)
      await tx
        .update(parentFeedback)
        .set({ generalReaction: scrub(feedback.generalReaction) })
        .where(inOrg(parentFeedback, orgId, eq(parentFeedback.participantId, participantId)));

    // Their identity: gone.
    const emails = values.filter((v) => v.includes('@'));
    if (emails.length)
      await tx.delete(mailOutbox).where(
        inArray(
          sql`lower(${mailOutbox.to})`,
          emails.map((e) => e.toLowerCase()),
        ),
      );
    await tx.delete(participantPersonalData).where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
    await tx
      .update(participantConsents)
      .set({ interpreterName: '', interpreterLanguage: '' })
      .where(inOrg(participantConsents, orgId, eq(participantConsents.participantId, participantId)));
    await tx.delete(parentLinks).where(inOrg(parentLinks, orgId, eq(parentLinks.participantId, participantId)));
    // A create form's stored answer names the participant it made (the replay of a double click).
    await tx.delete(formSubmissions).where(inOrg(formSubmissions, orgId, sql`${formSubmissions.answer}::text like ${`%${participantId}%`}`));
    await tx
      .update(participants)
      .set({ placeName: '', erasedAt: sql`now()`, updatedAt: sql`now()` })
      .where(inOrg(participants, orgId, eq(participants.id, participant.id)));
    await logAccess(tx, input, { participantIds: [participantId], action: 'erase', screen: removeWords ? 'rights.erase.words' : 'rights.erase' });
  });
  forgetKnownIdentifiers(orgId, trajectoryId);
}
