import { eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations, participantPersonalData } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { parentLinkUrl, participantsWithLinks } from './feedback-records.server';

/** One letter per parent with a link: their name (personal data), their language, the link and its QR code. */
export async function getParentLetters(scope: TrajectoryScope) {
  authorize(scope, 'agenda.parentLetters');
  const database = await db();
  const linked = (await participantsWithLinks(scope, database)).flatMap((p) => (p.link ? [{ ...p, link: p.link }] : []));
  const [org] = await database.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, scope.orgId));
  const names = linked.length
    ? await database
        .select({ participantId: participantPersonalData.participantId, name: participantPersonalData.name })
        .from(participantPersonalData)
        .where(
          inOrg(
            participantPersonalData,
            scope.orgId,
            inArray(
              participantPersonalData.participantId,
              linked.map((p) => p.participantId),
            ),
          ),
        )
    : [];
  return {
    orgName: org?.name ?? '',
    letters: await Promise.all(
      linked.map(async (p) => {
        const url = parentLinkUrl(p.link.token);
        return {
          participantId: p.participantId,
          pseudonym: p.pseudonym,
          name: names.find((n) => n.participantId === p.participantId)?.name ?? '',
          language: p.link.language,
          url,
          qrSvg: await qrSvg(url),
        };
      }),
    ),
  };
}
