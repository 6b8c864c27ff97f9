import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { feedbackParents } from '../domain/parents';
import { agreedItems, feedbackOf, participantsWithLinks } from './feedback-records.server';

/**
 * The on-behalf page: the parents to choose from (by pseudonym) and, for the one chosen, the agreed
 * items in Dutch with that parent's answers so far. Null `chosen` when no (known) parent was picked.
 */
export async function getOnBehalfForm(input: TrajectoryScope & { participantId?: string | null }) {
  authorize(input, 'agenda.edit');
  const people = await participantsWithLinks(input);
  const parents = feedbackParents(people.map((p) => ({ ...p, hasLink: !!p.link }))).map((p) => ({ participantId: p.participantId, pseudonym: p.pseudonym }));
  const parent = parents.find((p) => p.participantId === input.participantId);
  if (!parent) return { parents, chosen: null };
  const [items, answers] = await Promise.all([agreedItems(input), feedbackOf(input, parent.participantId)]);
  return {
    parents,
    chosen: {
      ...parent,
      items: items.map((item, i) => ({
        id: item.id,
        n: i + 1,
        text: item.dutch,
        lang: 'nl',
        quotes: item.quotes,
        answer: answers.reactions.get(item.id) ?? null,
      })),
      generalReaction: answers.generalReaction,
      involvement: answers.involvement,
      // Whether a way to reach them is stored is personal data too.
      hasContact: can(input, 'participants.personalData') && answers.hasContact,
      canEditContact: can(input, 'participants.personalData'),
    },
  };
}
