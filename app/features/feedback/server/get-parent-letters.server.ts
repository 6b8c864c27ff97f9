import { authorize } from '#app/auth/authorize.server';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';

import type { TrajectoryScope } from '#app/db/scope.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { parentLinkUrl, participantsWithLinks, personalDataOf } from './feedback-records.server';

/** One letter per parent with a link: their name (personal data), their language, the link and its QR code. */
export async function getParentLetters(scope: TrajectoryScope) {
  authorize(scope, 'agenda.parentLetters');
  const database = await db();
  const linked = (await participantsWithLinks(scope, database)).flatMap((p) => (p.link ? [{ ...p, link: p.link }] : []));
  const org = await orgName(scope.orgId, database);
  const personal = await personalDataOf(
    scope,
    linked.map((p) => p.participantId),
    'feedback.letters',
  );
  return {
    orgName: org,
    letters: await Promise.all(
      linked.map(async (p) => {
        const url = parentLinkUrl(p.link.token);
        return {
          participantId: p.participantId,
          pseudonym: p.pseudonym,
          name: personal.get(p.participantId)?.name ?? '',
          language: p.link.language,
          url,
          qrSvg: await qrSvg(url),
        };
      }),
    ),
  };
}
