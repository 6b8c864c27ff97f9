// The refusal of a rate limit, in the visitor's language: what happened and what to do.
import type { RefusalDetail } from '#app/utils/refusal';
import { useT } from '#app/i18n/i18n';
import { Heading, Paragraph } from './ui';

export function TooManyRequests({ detail }: { detail: RefusalDetail | null }) {
  const t = useT();
  const title = t('common.tooManyTitle');
  return (
    <div className="spiegel-page" data-testid="too-many-requests">
      <title>{`${title} · Spiegel`}</title>
      <Heading level={1}>{title}</Heading>
      {detail ? (
        <>
          <Paragraph lead>{t(`common.tooManyWhat_${detail.reason}`)}</Paragraph>
          <Paragraph>{t('common.tooManyWait', { minutes: detail.minutes })}</Paragraph>
          <Paragraph>{t(detail.reason === 'lookups' ? 'common.tooManyCheckLink' : 'common.tooManyAsk')}</Paragraph>
        </>
      ) : (
        <Paragraph>{t('common.tooManyBody')}</Paragraph>
      )}
    </div>
  );
}
