import { CopyableLink, Link, Paragraph, Section } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { QuestionsPage } from '../server/get-questions-page.server';

/** The open question link with its code and QR code, and the way to the printable list. */
export function QuestionLinkPanel({ link, printUrl }: { link: QuestionsPage['link']; printUrl: string }) {
  const t = useT();
  return (
    <Section id="link" title={t('questions.linkTitle')}>
      {link ? (
        <>
          <Paragraph>{t('questions.linkIntro')}</Paragraph>
          <CopyableLink id="question-link" label={t('questions.linkLabel')} value={link.url} />
          <Paragraph>
            <strong data-testid="question-code" style={{ fontSize: '1.5rem', letterSpacing: '0.1em' }}>
              {t('questions.codeValue', { code: link.code })}
            </strong>
          </Paragraph>
          <div
            role="img"
            aria-label={t('questions.qrLabel', { url: link.url })}
            data-testid="question-qr"
            style={{ inlineSize: '12rem', maxInlineSize: '100%' }}
            dangerouslySetInnerHTML={{ __html: link.qr.replace('<svg ', '<svg width="100%" height="100%" aria-hidden="true" focusable="false" ') }}
          />
        </>
      ) : (
        <Paragraph>{t('questions.noCodeYet')}</Paragraph>
      )}
      <Paragraph>
        <Link to={printUrl}>{t('questions.printLink')}</Link>
      </Paragraph>
    </Section>
  );
}
