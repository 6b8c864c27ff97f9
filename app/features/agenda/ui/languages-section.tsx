// The parents' languages besides Dutch, and per language a person's translation of each item.
import { Button, CheckboxField, Heading, Paragraph, Section, TextAreaField } from '#app/components/ui';
import { flyerLanguage, textDirection } from '#app/features/materials/domain/languages';
import { useT } from '#app/i18n/i18n';
import { stateFor } from '#app/utils/forms';
import { FEEDBACK_LANGUAGES } from '../domain/languages';
import type { AgendaPage } from '../server/get-agenda-page.server';
import { type AgendaAnswer, ItemForm, Saved } from './agenda-ui';

const dutchName = (code: string) => flyerLanguage(code)?.dutchName ?? code;

/** A language by its own name, marked up in its own language, with the Dutch name after it. */
function LanguageName({ code }: { code: string }) {
  const language = flyerLanguage(code);
  return (
    <>
      <span lang={code} dir={textDirection(code)}>
        {language?.endonym ?? code}
      </span>{' '}
      ({dutchName(code)})
    </>
  );
}

type Props = { page: Pick<AgendaPage, 'items' | 'languages'>; canEdit: boolean; result: AgendaAnswer };

export function LanguagesSection({ page, canEdit, result }: Props) {
  const t = useT();
  const { chosen, suggested, missing } = page.languages;
  const choose = stateFor(result, 'languages');
  return (
    <Section id="languages" title={t('agenda.languagesTitle')} intro={t('agenda.languagesIntro')}>
      <Saved result={result} intents={['languages']} />
      {suggested.length > 0 ? <Paragraph>{t('agenda.languagesSuggested', { languages: suggested.map(dutchName).join(', ') })}</Paragraph> : null}
      {chosen.length === 0 ? <Paragraph>{t('agenda.languagesNone')}</Paragraph> : null}
      {canEdit ? (
        <details open={!!choose || chosen.length === 0}>
          <summary>{t('agenda.languagesChoose')}</summary>
          <ItemForm intent="languages" state={choose}>
            <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('agenda.languagesLegend')}</legend>
              <div className="agenda-languages">
                {FEEDBACK_LANGUAGES.map((l) => (
                  <CheckboxField
                    key={l.code}
                    name="languages"
                    value={l.code}
                    idPrefix={`lang-${l.code}`}
                    label={`${l.dutchName}${suggested.includes(l.code) ? ` ${t('agenda.languageFromFlyer')}` : ''}`}
                    defaultChecked={chosen.includes(l.code)}
                    state={choose}
                  />
                ))}
              </div>
            </fieldset>
            <Button appearance="secondary">{t('agenda.languagesSave')}</Button>
          </ItemForm>
        </details>
      ) : null}
      {missing.map(({ language, missing: count }) => (
        <section key={language} className="spiegel-stack" aria-labelledby={`translations-${language}`} data-testid={`translations-${language}`}>
          <Heading level={3} id={`translations-${language}`}>
            {t('agenda.translationsFor')} <LanguageName code={language} />
          </Heading>
          <Paragraph>
            <strong data-testid="missing-translations">
              {count === 0 ? t('agenda.translationsComplete') : t('agenda.translationsMissing', { count, total: page.items.length })}
            </strong>{' '}
            {t('agenda.translationsByPerson')}
          </Paragraph>
          <ol className="spiegel-stack agenda-list">
            {page.items.map((item) => {
              const target = `${item.id}-${language}`;
              const state = stateFor(result, 'translation', target);
              const text = item.translations[language] ?? '';
              return (
                <li key={item.id} className="spiegel-card spiegel-stack">
                  <Heading level={4}>{t('agenda.itemHeading', { number: item.number, title: item.title })}</Heading>
                  <Paragraph>
                    <span className="agenda-dutch">{item.plainText || t('agenda.noPlainText')}</span>
                  </Paragraph>
                  <Saved result={result} intents={['translation']} target={target} />
                  {canEdit ? (
                    <ItemForm intent="translation" itemId={item.id} target={target} state={state} key={text}>
                      <input type="hidden" name="language" value={language} />
                      <TextAreaField
                        name="text"
                        idPrefix={`tr-${target}`}
                        label={t('agenda.translationLabel', { language: dutchName(language), number: item.number })}
                        description={t('agenda.translationHint')}
                        defaultValue={text}
                        lang={language}
                        dir={textDirection(language)}
                        state={state}
                        rows={3}
                      />
                      <Button appearance="secondary">{t('agenda.translationSave')}</Button>
                    </ItemForm>
                  ) : text ? (
                    <p className="utrecht-paragraph agenda-translation" lang={language} dir={textDirection(language)}>
                      {text}
                    </p>
                  ) : (
                    <Paragraph>{t('agenda.translationNone')}</Paragraph>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </Section>
  );
}
