// The organisation's colour and logo on its reports (admins only). One form, sent as multipart so
// the logo goes with it without JavaScript; each button saves its own part (intent), and a refused
// logo keeps the colour that was typed. With JavaScript the picker and the code follow each other.
import { useRef } from 'react';
import { Form } from 'react-router';
import { Alert, Button, FieldShell, FormErrorSummary, Paragraph, Section, useField, valueOf, type FormState } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import { DEFAULT_ACCENT, isHexColour } from '../domain/branding';
import type { SettingsAnswer } from './settings-sections';

type Branding = { accent: string; logoVersion: number | null };

const fieldset = 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset spiegel-stack';
const legend = 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend';
const swatch = { display: 'inline-block', inlineSize: '1.25em', blockSize: '1.25em', verticalAlign: 'middle', border: '1px solid #555' };

export function BrandingSection({ branding, orgName, logoUrl, result }: { branding: Branding; orgName: string; logoUrl: string; result: SettingsAnswer }) {
  const { t } = useI18n();
  const state: FormState = stateFor(result, 'accent') ?? stateFor(result, 'logo');
  const done = (['accent', 'logo', 'logo-remove'] as const).find((intent) => succeeded(result, intent));
  const picker = useRef<HTMLInputElement>(null);
  const code = useRef<HTMLInputElement>(null);
  const pickerField = useField({ name: 'accent', label: '', state, idPrefix: 'branding' });
  const codeField = useField({ name: 'accentText', label: '', state, idPrefix: 'branding' });
  const logoField = useField({ name: 'logo', label: '', state, idPrefix: 'branding' });
  const pickerDefault = valueOf(state, 'accent', branding.accent);
  const current = branding.accent === DEFAULT_ACCENT ? `${DEFAULT_ACCENT} (${t('org.accentDefault')})` : branding.accent;
  return (
    <Section id="branding" title={t('org.brandingTitle')} intro={t('org.brandingIntro')}>
      {done && result?.ok ? <Alert type="ok">{t(result.value.message)}</Alert> : null}
      <FormErrorSummary state={state} />
      {/* A new form after each success: the fields show what is saved now. */}
      <Form key={result?.ok ? result.value.stamp : 'typed'} method="post" encType="multipart/form-data" className="spiegel-stack" noValidate>
        <fieldset className={fieldset}>
          <legend className={legend}>{t('org.accentLegend')}</legend>
          <Paragraph>
            <span aria-hidden="true" style={{ ...swatch, backgroundColor: branding.accent }} /> {t('org.accentCurrent', { colour: current })}
          </Paragraph>
          <FieldShell id={pickerField.id} label={t('org.accentLabel')} error={pickerField.error}>
            <input
              ref={picker}
              id={pickerField.id}
              name="accent"
              type="color"
              style={{ inlineSize: '4rem', blockSize: '2.5rem' }}
              defaultValue={isHexColour(pickerDefault) ? pickerDefault : branding.accent}
              onChange={(event) => {
                if (code.current) code.current.value = event.currentTarget.value;
              }}
            />
          </FieldShell>
          <FieldShell id={codeField.id} label={t('org.accentTextLabel')} description={t('org.accentTextHint')} error={codeField.error}>
            <input
              ref={code}
              id={codeField.id}
              name="accentText"
              type="text"
              autoComplete="off"
              spellCheck={false}
              className={`utrecht-textbox utrecht-textbox--html-input${codeField.error ? ' utrecht-textbox--invalid' : ''}`}
              defaultValue={valueOf(state, 'accentText')}
              aria-invalid={codeField.error ? true : undefined}
              aria-describedby={codeField.describedBy}
              onChange={(event) => {
                const typed = event.currentTarget.value.trim();
                const hex = typed.startsWith('#') ? typed : `#${typed}`;
                if (picker.current && isHexColour(hex)) picker.current.value = hex.toLowerCase();
              }}
            />
          </FieldShell>
          <div>
            <Button name="intent" value="accent">
              {t('org.accentSave')}
            </Button>
          </div>
        </fieldset>
        <fieldset className={fieldset}>
          <legend className={legend}>{t('org.logoLegend')}</legend>
          {branding.logoVersion ? (
            <>
              <Paragraph>{t('org.logoCurrent')}</Paragraph>
              <img
                style={{ maxBlockSize: '5rem', maxInlineSize: '100%', alignSelf: 'start' }}
                src={`${logoUrl}?v=${branding.logoVersion}`}
                alt={t('org.logoAlt', { org: orgName })}
              />
            </>
          ) : (
            <Paragraph>{t('org.logoNone')}</Paragraph>
          )}
          <FieldShell id={logoField.id} label={t('org.logoLabel')} description={t('org.logoHint')} error={logoField.error}>
            <input
              id={logoField.id}
              name="logo"
              type="file"
              accept="image/png,image/jpeg"
              aria-invalid={logoField.error ? true : undefined}
              aria-describedby={logoField.describedBy}
            />
          </FieldShell>
          <div>
            <Button name="intent" value="logo">
              {t('org.logoSave')}
            </Button>
          </div>
        </fieldset>
      </Form>
      {branding.logoVersion ? (
        <Form method="post">
          <input type="hidden" name="intent" value="logo-remove" />
          <Button appearance="secondary">{t('org.logoRemove')}</Button>
        </Form>
      ) : null}
    </Section>
  );
}
