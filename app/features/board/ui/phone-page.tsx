// The frame of the pages a phone opens without an account: typing the code, joining, the board itself.
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { type LanguageLink, LanguageLinks } from '#app/components/language-links';
import { Button, FormErrorSummary, type FormState, Heading, Paragraph, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';

export function PhonePage({ title, className = 'spiegel-page board-phone', children }: { title: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <title>{`${title} · Spiegel`}</title>
      <meta name="robots" content="noindex" />
      <Heading level={1}>{title}</Heading>
      {children}
    </div>
  );
}

/** Joining from the phone: a name is optional, no account is needed. */
export function JoinForm({ code, title, state }: { code: string; title: string; state: FormState }) {
  const t = useT();
  return (
    <PhonePage title={t('board.joinTitle')}>
      <Paragraph lead>{t('board.joinIntro', { title })}</Paragraph>
      <Paragraph>{t('board.joinNoAccount')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" action={`/p/board/${code}`} className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="join" />
        <TextField name="displayName" label={t('board.joinNameLabel')} description={t('board.joinNameHint')} state={state} autoComplete="given-name" />
        <Button>{t('board.joinButton')}</Button>
      </Form>
    </PhonePage>
  );
}

/** Links to the phone's page in each participant language, each named in its own language. */
export function PhoneLanguages({ languages, current }: { languages: readonly LanguageLink[]; current: string }) {
  const t = useT();
  return (
    <div className="spiegel-page board-phone">
      <LanguageLinks label={t('board.phoneLanguages')} languages={languages} current={current} className="board-phone__languages" />
    </div>
  );
}
