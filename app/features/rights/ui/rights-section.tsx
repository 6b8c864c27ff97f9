import { Alert, ButtonLink, DownloadLink, Section } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';

/** On a participant's page: download everything about them, or erase it (issue 16). */
export function RightsSection({ base, erasedAt }: { base: string; erasedAt: Date | string | null }) {
  const { t, locale } = useI18n();
  return (
    <Section id="rights" title={t('rights.sectionTitle')} intro={t('rights.sectionIntro')}>
      {erasedAt ? <Alert type="info">{t('rights.erasedNotice', { date: formatDate(erasedAt, locale, true) })}</Alert> : null}
      <DownloadLink href={`${base}/export/pdf`} label={t('rights.downloadPdf')} />
      <DownloadLink href={`${base}/export/json`} label={t('rights.downloadJson')} />
      {erasedAt ? null : <ButtonLink to={`${base}/erase`}>{t('rights.eraseLink')}</ButtonLink>}
    </Section>
  );
}
