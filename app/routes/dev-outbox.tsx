import { useLoaderData } from 'react-router';
import { Heading, Paragraph, Page } from '#app/components/ui';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { listOutbox } from '#app/mail/list-outbox.server';

export async function loader({ request }: { request: Request }) {
  return { mails: await listOutbox(request) };
}

// Links in mails are made clickable so a developer can follow them.
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/\S+)/g);
  return (
    <pre className="spiegel-mail">
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} className="utrecht-link" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default function DevOutbox() {
  const { mails } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <Page title={t('auth.outboxTitle')} intro={t('auth.outboxIntro')} lead={false}>
      {mails.length === 0 ? <Paragraph>{t('auth.outboxEmpty')}</Paragraph> : null}
      {mails.map((mail) => (
        <article key={mail.id} className="spiegel-card" data-testid="outbox-mail">
          <Heading level={2}>{mail.subject}</Heading>
          <Paragraph>
            {t('auth.to')}: <span data-testid="outbox-to">{mail.to}</span> · {formatDate(mail.createdAt, locale, true)}
          </Paragraph>
          <Linkified text={mail.text} />
        </article>
      ))}
    </Page>
  );
}
