// The refusal of a rate limit, in the visitor's language: what happened and what to do. A participant
// (a parent's link, a board phone) reads it in their language (app/i18n/participant).
import { useRouteLoaderData } from 'react-router';
import { useT } from '#app/i18n/i18n';
import { participantTexts } from '#app/i18n/participant';
import type { RefusalDetail } from '#app/utils/refusal';
import type { loader as rootLoader } from '../root';
import { Heading, Paragraph } from './ui';

export function TooManyRequests({ detail }: { detail: RefusalDetail | null }) {
  const staffT = useT();
  const participantLanguage = useRouteLoaderData<typeof rootLoader>('root')?.participantLanguage;
  const participant = participantLanguage ? participantTexts(participantLanguage) : null;
  const text = {
    title: participant ? participant.t('page.tooManyTitle') : staffT('common.tooManyTitle'),
    body: participant ? participant.t('page.tooManyBody') : staffT('common.tooManyBody'),
    what: (reason: RefusalDetail['reason']) => (participant ? participant.t(`page.tooManyWhat_${reason}`) : staffT(`common.tooManyWhat_${reason}`)),
    wait: (minutes: number) => (participant ? participant.t('page.tooManyWait', { minutes }) : staffT('common.tooManyWait', { minutes })),
    next: (lookups: boolean) =>
      participant ? participant.t(lookups ? 'page.tooManyCheckLink' : 'page.tooManyAsk') : staffT(lookups ? 'common.tooManyCheckLink' : 'common.tooManyAsk'),
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
