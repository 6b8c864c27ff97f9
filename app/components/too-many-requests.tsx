// The refusal of a rate limit, in the visitor's language: what happened and what to do. A participant
// (a parent's link, a board phone) reads it in their language (app/i18n/participant).
import { useRouteLoaderData } from 'react-router';
import { formatMessage, useT } from '#app/i18n/i18n';
import type { RefusalDetail } from '#app/utils/refusal';
import type { loader as rootLoader } from '../root';
import { Heading, Paragraph } from './ui';

export function TooManyRequests({ detail }: { detail: RefusalDetail | null }) {
  const staffT = useT();
  const page = useRouteLoaderData<typeof rootLoader>('root')?.participant;
  // A participant's texts travel with the root's data (app/i18n/participant/language.server.ts).
  const participant = page
    ? { lang: page.lang, dir: page.dir, t: (name: string, values?: Record<string, number>) => formatMessage(page.texts[name] ?? name, page.lang, values) }
    : null;
  const text = {
    title: participant ? participant.t('tooManyTitle') : staffT('common.tooManyTitle'),
    body: participant ? participant.t('tooManyBody') : staffT('common.tooManyBody'),
    what: (reason: RefusalDetail['reason']) => (participant ? participant.t(`tooManyWhat_${reason}`) : staffT(`common.tooManyWhat_${reason}`)),
    wait: (minutes: number) => (participant ? participant.t('tooManyWait', { minutes }) : staffT('common.tooManyWait', { minutes })),
    next: (lookups: boolean) =>
      participant ? participant.t(lookups ? 'tooManyCheckLink' : 'tooManyAsk') : staffT(lookups ? 'common.tooManyCheckLink' : 'common.tooManyAsk'),
  };
  return (
    <div className="spiegel-page" data-testid="too-many-requests" lang={participant?.lang} dir={participant?.dir}>
      <title>{`${text.title} · Spiegel`}</title>
      <Heading level={1}>{text.title}</Heading>
      {detail ? (
        <>
          <Paragraph lead>{text.what(detail.reason)}</Paragraph>
          <Paragraph>{text.wait(detail.minutes)}</Paragraph>
          <Paragraph>{text.next(detail.reason === 'lookups')}</Paragraph>
        </>
      ) : (
        <Paragraph>{text.body}</Paragraph>
      )}
    </div>
  );
}
