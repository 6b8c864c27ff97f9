import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { qrSvg } from '#app/utils/qr-code.server';
import { inAgendaOrder } from '../domain/agenda';
import { agendaSettings, itemsOf, publicPageUrl, translationsOf } from './agenda-records.server';

/**
 * The A3 poster for the wall of the feedback meeting: the agenda in plain Dutch, optionally one
 * chosen language below each item, and the QR code to the public page. Without a published page
 * there is no poster (nothing to scan), and the page says so.
 */
export async function getAgendaPoster(scope: TrajectoryScope & { language?: string | null }) {
  authorize(scope, 'trajectory.view');
  const database = await db();
  const settings = await agendaSettings(database, scope);
  const languages = settings.feedbackLanguages;
  const language = scope.language && languages.includes(scope.language) ? scope.language : null;
  const agenda = inAgendaOrder((await itemsOf(database, scope)).filter((i) => i.status === 'agreed'));
  const translations = language
    ? (
        await translationsOf(
          database,
          scope.orgId,
          agenda.map((i) => i.id),
        )
      ).filter((t) => t.language === language)
    : [];
  const url = settings.publicPageToken ? publicPageUrl(settings.publicPageToken) : null;
  return {
    title: settings.title,
    languages,
    language,
    items: agenda.map((item) => ({
      id: item.id,
      title: item.title,
      plainText: item.plainText,
      translation: translations.find((t) => t.itemId === item.id)?.text ?? '',
    })),
    publicPage: url ? { url, qr: await qrSvg(url) } : null,
  };
}
export type AgendaPoster = Awaited<ReturnType<typeof getAgendaPoster>>;
