import { authorize } from '#app/auth/authorize.server';
import { orgName } from '#app/db/org-name.server';
import { db } from '#app/db/client.server';

import type { TrajectoryScope } from '#app/db/scope.server';
import { participantBundle } from '#app/i18n/participant/language.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { parentLinkUrl, participantsWithLinks, personalDataOf } from './feedback-records.server';

/**
 * One letter per parent with a link: their name (personal data), their language, the link and its
 * QR code; and the letters' texts (the participant catalogue's `parent` area) in Dutch and in each
 * of their languages only.
 */
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
  const texts = Object.fromEntries(['nl', ...linked.map((p) => p.link.language)].map((language) => [language, participantBundle(language, ['parent'])]));
  return {
    orgName: org,
    texts,
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
