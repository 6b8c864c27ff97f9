// Sharing the agenda with the parents, and its public page with the QR code for the poster.
import { Alert, Button, ButtonGroup, CheckboxField, CopyableLink, Link, Paragraph, Section } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { AgendaPage } from '../server/get-agenda-page.server';
import { type AgendaAnswer, ItemForm, Saved, svgForImage } from './agenda-ui';

type Props = { page: Pick<AgendaPage, 'sharedAt' | 'readiness' | 'hasLeaks' | 'publicPage'>; canEdit: boolean; result: AgendaAnswer };

/** Why the agenda cannot go to the parents yet, if so. */
function NotReady({ page }: Pick<Props, 'page'>) {
  const { t } = useI18n();
  const { readiness } = page;
  if (!readiness.ready) {
    return <Paragraph>{readiness.problem === 'empty' ? t('agenda.notReadyEmpty') : t('agenda.notReadyTextCount', { count: readiness.count })}</Paragraph>;
  }
  return page.hasLeaks ? <Paragraph>{t('agenda.notReadyLeak')}</Paragraph> : null;
}

export function ShareSection({ page, canEdit, result }: Props) {
  const { t, locale } = useI18n();
  const share = stateFor(result, 'share');
  return (
    <Section id="share" title={t('agenda.shareTitle')} intro={t('agenda.shareIntro')}>
      <Saved result={result} intents={['share']} />
      {page.sharedAt ? (
        <Paragraph>
          <strong data-testid="shared-at">{t('agenda.sharedOn', { date: formatDate(page.sharedAt, locale) })}</strong> {t('agenda.sharedStillEditable')}
        </Paragraph>
      ) : (
        <>
          <NotReady page={page} />
          {canEdit ? (
            <ItemForm intent="share" state={share}>
              <CheckboxField name="confirm" idPrefix="share" label={t('agenda.shareConfirm')} state={share} />
              <Button>{t('agenda.shareButton')}</Button>
            </ItemForm>
          ) : null}
        </>
      )}
    </Section>
  );
}

export function PublicPageSection({ page, canEdit, result, posterUrl }: Props & { posterUrl: string }) {
  const t = useI18n().t;
  const publish = stateFor(result, 'publish');
  const justPublished = succeeded(result, 'publish');
  return (
    <Section id="public" title={t('agenda.publicTitle')} intro={t('agenda.publicIntro')}>
      {justPublished ? <Alert type="ok">{t(page.publicPage ? 'agenda.saved_publish' : 'agenda.saved_unpublish')}</Alert> : null}
      {page.publicPage ? (
        <>
          <CopyableLink id="public-link" label={t('agenda.publicLinkLabel')} description={t('agenda.publicLinkHint')} value={page.publicPage.url} />
          <div
            role="img"
            aria-label={t('agenda.qrLabel', { url: page.publicPage.url })}
            data-testid="public-qr"
            className="agenda-qr"
            dangerouslySetInnerHTML={{ __html: svgForImage(page.publicPage.qr) }}
          />
          <Paragraph>
            <Link to={posterUrl}>{t('agenda.posterLink')}</Link>
          </Paragraph>
        </>
      ) : (
        <Paragraph>{t('agenda.publicNone')}</Paragraph>
      )}
      {canEdit ? (
        <ItemForm intent="publish" state={publish}>
          <input type="hidden" name="publish" value={page.publicPage ? 'off' : 'on'} />
          <ButtonGroup>
            <Button appearance={page.publicPage ? 'secondary' : 'primary'}>{t(page.publicPage ? 'agenda.unpublishButton' : 'agenda.publishButton')}</Button>
          </ButtonGroup>
        </ItemForm>
      ) : null}
    </Section>
  );
}
