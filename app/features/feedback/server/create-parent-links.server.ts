import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { parentLinks } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { newToken } from '#app/utils/tokens.server';
import { RuleError } from '#app/utils/rule-error';
import { firstKnownLanguage } from '../domain/page-language';
import { feedbackParents } from '../domain/parents';
import { participantsWithLinks, personalDataOf } from './feedback-records.server';

/**
 * Gives every parent of the feedback (who came; before that, who confirmed) without a link an
 * unguessable personal link, in the first language they speak when we know it, else Dutch. The
 * language is read from their personal data here and only the code is kept on the link.
 */
export async function createParentLinks(scope: TrajectoryScope): Promise<{ created: number }> {
  authorize(scope, 'agenda.edit');
  return (await db()).transaction(async (tx) => {
    const people = await participantsWithLinks(scope, tx);
    const wanted = feedbackParents(people.map((p) => ({ ...p, hasLink: !!p.link }))).filter((p) => !p.link);
    if (wanted.length === 0) throw new RuleError('parentPage.noParentsWithoutLink');
    const personal = await personalDataOf(
      scope,
      wanted.map((p) => p.participantId),
      'feedback.links',
      tx,
    );
    const created = await tx
      .insert(parentLinks)
      .values(
        wanted.map((p) => ({
          orgId: scope.orgId,
          trajectoryId: scope.trajectoryId,
          participantId: p.participantId,
          linkToken: newToken(),
          language: firstKnownLanguage(personal.get(p.participantId)?.languages ?? ''),
        })),
      )
      .onConflictDoNothing({ target: parentLinks.participantId })
      .returning({ id: parentLinks.id });
    return { created: created.length };
  });
}
