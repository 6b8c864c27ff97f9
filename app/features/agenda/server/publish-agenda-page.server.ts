import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { newToken } from '#app/utils/tokens.server';
import { agendaSettings, changeAgenda, readyOrRefuse, publicPageUrl, setAgendaSettings } from './agenda-records.server';

/**
 * Publishes the agenda's public read-only page behind an unguessable link (for the poster's QR
 * code), or takes it offline (the old link stops working; publishing again makes a new one).
 * Publishing needs the same as sharing: items, each with a plain text, nothing identifying.
 */
export async function publishAgendaPage(input: TrajectoryScope & { publish: boolean }): Promise<{ url: string | null }> {
  authorize(input, 'agenda.edit');
  return changeAgenda(input, async (tx, items) => {
    if (!input.publish) {
      await setAgendaSettings(tx, input, { publicPageToken: null });
      return { url: null };
    }
    const { publicPageToken } = await agendaSettings(tx, input);
    if (publicPageToken) return { url: publicPageUrl(publicPageToken) };
    await readyOrRefuse(tx, input, items, '_form');
    const token = newToken();
    await setAgendaSettings(tx, input, { publicPageToken: token });
    return { url: publicPageUrl(token) };
  });
}
