// The organisation's consent texts with their versions, and a participant's consent history.
import { Form } from 'react-router';
import { Alert, Button, FormErrorSummary, type FormState, Heading, MultilineText, Paragraph, Section, Table, TextAreaField } from '#app/components/ui';
import type { CONSENT_HOW } from '#app/db/schema';
import { formatDate, type MessageKey, useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { ConsentState } from '../domain/state';
import type { ConsentKind, ConsentTextLanguage } from '../domain/texts';

type Answer = Parameters<typeof stateFor>[0];
type Version = { version: number; text: string; createdAt: string };
type Texts = { kind: ConsentKind; languages: { language: ConsentTextLanguage; current: Version; earlier: Version[] }[] }[];

const consentKey = (kind: ConsentKind): MessageKey => `personalData.consent_${kind}`;
/** A consent text's language, named in the page's language ("Arabisch", "Arabic"). */
const languageName = (language: string, locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;

export function ConsentTextsSection({ texts, canManage, result }: { texts: Texts; canManage: boolean; result: Answer }) {
  const { t, locale } = useI18n();
  return (
    <Section id="consent-texts" title={t('personalData.consentTitle')} intro={t('personalData.consentIntro')}>
      {succeeded(result, 'consent-text') ? <Alert type="ok">{t('personalData.consentSaved')}</Alert> : null}
      {texts.map(({ kind, languages }) => (
        <div key={kind} className="spiegel-stack" data-testid={`consent-${kind}`}>
          <Heading level={3}>{t(consentKey(kind))}</Heading>
          {languages.map(({ language, current, earlier }) => {
            const target = `${kind}-${language}`;
            const state: FormState = stateFor(result, 'consent-text', target);
            const version = (v: Version) =>
              t('personalData.consentCurrent', { version: String(v.version), language: languageName(language, locale), date: formatDate(v.createdAt, locale) });
            return (
              <div key={language} className="spiegel-stack" lang={language}>
                <Paragraph>
                  <strong>{version(current)}</strong>
                </Paragraph>
                <blockquote data-testid={`consent-${kind}-${language}`}>
                  <MultilineText>{current.text}</MultilineText>
                </blockquote>
                {earlier.length > 0 ? (
                  <details>
                    <summary>{t('personalData.consentHistory')}</summary>
                    <ul>
                      {earlier.map((v) => (
                        <li key={v.version}>
                          {version(v)}: {v.text}
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {canManage ? (
                  <Form method="post" className="spiegel-stack" noValidate>
                    <FormErrorSummary state={state} />
                    <input type="hidden" name="intent" value="consent-text" />
                    <input type="hidden" name="target" value={target} />
                    <input type="hidden" name="kind" value={kind} />
                    <input type="hidden" name="language" value={language} />
                    <TextAreaField
                      idPrefix={target}
                      name="text"
                      label={`${t('personalData.consentText')} (${languageName(language, locale)})`}
                      defaultValue={current.text}
                      rows={3}
                      lang={language}
                      state={state}
                    />
                    <Button appearance="secondary">{t('personalData.consentSave')}</Button>
                  </Form>
                ) : null}
              </div>
            );
          })}
        </div>
      ))}
    </Section>
  );
}

type HistoryEvent = {
  kind: ConsentKind;
  decision: 'granted' | 'withdrawn';
  at: string;
  how: (typeof CONSENT_HOW)[number];
  language: string;
  recordedBy: string | null;
  version: number | null;
  text: string | null;
};

export function ConsentHistory({ history }: { history: { state: ConsentState; events: HistoryEvent[] } }) {
  const { t, locale } = useI18n();
  const stateLabel = (value: boolean | null) =>
    t(value === null ? 'personalData.stateUnknown' : value ? 'personalData.stateGranted' : 'personalData.stateWithdrawn');
  const how = (e: HistoryEvent) =>
    e.how === 'on_behalf' ? t('personalData.how_on_behalf', { name: e.recordedBy || t('personalData.someone') }) : t(`personalData.how_${e.how}`);
  return (
    <Section id="consent-history" title={t('personalData.historyTitle')} intro={t('personalData.historyIntro')}>
      <ul data-testid="consent-now">
        {(Object.keys(history.state) as ConsentKind[]).map((kind) => (
          <li key={kind}>
            {t(consentKey(kind))}: <strong>{stateLabel(history.state[kind])}</strong>
          </li>
        ))}
      </ul>
      {history.events.length === 0 ? (
        <Paragraph>{t('personalData.historyEmpty')}</Paragraph>
      ) : (
        <Table
          testId="consent-history"
          rows={history.events}
          rowKey={(e) => `${e.kind}-${e.at}`}
          columns={[
            { header: t('personalData.columnWhen'), cell: (e) => formatDate(e.at, locale, true) },
            { header: t('personalData.columnKind'), cell: (e) => t(consentKey(e.kind)) },
            { header: t('personalData.columnDecision'), cell: (e) => t(`personalData.decision_${e.decision}`) },
            { header: t('personalData.columnHow'), cell: how },
            {
              header: t('personalData.columnText'),
              cell: (e) =>
                e.text ? (
                  <>
                    <span lang={e.language}>{e.text}</span>{' '}
                    <small>({t('personalData.historyVersion', { version: String(e.version), language: languageName(e.language, locale) })})</small>
                  </>
                ) : null,
            },
          ]}
        />
      )}
    </Section>
  );
}
