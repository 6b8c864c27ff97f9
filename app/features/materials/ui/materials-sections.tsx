// The sections of the materials page (step 5, S5e): sign-up link, mirror meeting, one card per flyer language, adding a language.
import { Form } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  FormErrorSummary,
  type FormState,
  Heading,
  Link,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
  Section,
} from '#app/components/ui';
import { formatDate, useI18n, useT } from '#app/i18n/i18n';
import { flyerLanguage } from '../domain/languages';
import { QrBlock } from './qr-code';

const linkList = { listStyle: 'none', padding: 0, gap: '0.5rem 1.5rem' } as const;
const languageName = (code: string) => flyerLanguage(code)?.dutchName ?? code;
const TEXT_AREAS = [
  { name: 'whatHappens', rows: 6, label: 'materials.fieldWhatHappens', hint: 'materials.fieldWhatHappensHint' },
  { name: 'whatYouGet', rows: 5, label: 'materials.fieldWhatYouGet', hint: 'materials.fieldWhatYouGetHint' },
] as const;

export function SignupSection({ signup, base }: { signup: { code: string; url: string; path: string; qrSvg: string; count: number }; base: string }) {
  const t = useT();
  return (
    <Section id="signup-title" title={t('materials.signupTitle')} intro={t('materials.signupIntro')}>
      <QrBlock svg={signup.qrSvg} label={t('materials.qrLabel')}>
        <DataList
          items={[
            {
              key: t('materials.signupLinkLabel'),
              value: (
                <span className="materials-url" data-testid="signup-url">
                  {signup.url}
                </span>
              ),
            },
            { key: t('materials.signupCodeLabel'), value: <strong data-testid="signup-code">{signup.code}</strong> },
          ]}
        />
      </QrBlock>
      <Paragraph>
        <span data-testid="signup-count">{t('materials.signupCount', { count: signup.count })}</span>
      </Paragraph>
      <ul className="spiegel-inline" style={linkList}>
        <li>
          <Link to={signup.path} reloadDocument>
            {t('materials.openSignupPage')}
          </Link>
        </li>
        <li>
          <Link to={`${base}/materials/recruiters`}>{t('materials.recruiterSheetLink')}</Link>
        </li>
      </ul>
    </Section>
  );
}

export function MeetingSection({
  meeting,
  base,
}: {
  meeting: { date: string | null; startTime: string; venueName: string; venueAddress: string };
  base: string;
}) {
  const { t, locale } = useI18n();
  const unknown = t('materials.flyerUnknown');
  return (
    <Section id="meeting-title" title={t('materials.meetingTitle')} intro={t('materials.meetingIntro')}>
      <DataList
        items={[
          { key: t('materials.meetingDate'), value: meeting.date ? formatDate(meeting.date, locale) : unknown },
          { key: t('materials.meetingTime'), value: meeting.startTime || unknown },
          { key: t('materials.meetingVenue'), value: meeting.venueName || unknown },
          { key: t('materials.meetingAddress'), value: meeting.venueAddress || unknown },
        ]}
      />
      <ul className="spiegel-inline" style={linkList}>
        <li>
          <Link to={`${base}/dates`}>{t('materials.toDates')}</Link>
        </li>
        <li>
          <Link to={`${base}/location`}>{t('materials.toLocation')}</Link>
        </li>
      </ul>
    </Section>
  );
}

type FlyerCardProps = {
  flyer: {
    language: string;
    dir: 'ltr' | 'rtl';
    pdf: boolean;
    title: string;
    whatHappens: string;
    whatYouGet: string;
    contactName: string;
    contactPhone: string;
  };
  base: string;
  canEdit: boolean;
  state: FormState;
  /** The form of this flyer that was just sent successfully. */
  justDone: string | undefined;
};

export function FlyerCard({ flyer, base, canEdit, state, justDone }: FlyerCardProps) {
  const t = useT();
  const name = languageName(flyer.language);
  const prefix = `flyer-${flyer.language}`;
  const print = `${base}/materials/flyer/${flyer.language}`;
  return (
    <article className="spiegel-card spiegel-stack" aria-labelledby={`${prefix}-heading`} data-testid={`flyer-${flyer.language}`}>
      <Heading level={3} id={`${prefix}-heading`}>
        {t('materials.flyerFor', { language: name })}
      </Heading>
      {justDone === 'save' ? <Alert type="ok">{t('materials.flyerSaved')}</Alert> : null}
      {justDone === 'add' ? <Alert type="ok">{t('materials.languageAdded')}</Alert> : null}
      {canEdit ? (
        <>
          <Paragraph>{flyer.language === 'nl' ? t('materials.flyerHintDutch') : t('materials.flyerHintOther')}</Paragraph>
          <FormErrorSummary state={state} />
          {/* Right-to-left languages are typed right to left; the labels stay Dutch, left to right. */}
          <Form method="post" className={`spiegel-stack materials-fields--${flyer.dir}`}>
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="language" value={flyer.language} />
            <TextField
              name="title"
              idPrefix={prefix}
              label={t('materials.fieldTitle')}
              description={t('materials.fieldTitleHint')}
              defaultValue={flyer.title}
              state={state}
            />
            {TEXT_AREAS.map((area) => (
              <TextAreaField
                key={area.name}
                name={area.name}
                idPrefix={prefix}
                rows={area.rows}
                label={t(area.label)}
                description={t(area.hint)}
                defaultValue={flyer[area.name]}
                state={state}
              />
            ))}
            <TextField
              name="contactName"
              idPrefix={prefix}
              label={t('materials.fieldContactName')}
              defaultValue={flyer.contactName}
              state={state}
              required={false}
            />
            <TextField
              name="contactPhone"
              idPrefix={prefix}
              type="tel"
              autoComplete="off"
              label={t('materials.fieldContactPhone')}
              defaultValue={flyer.contactPhone}
              state={state}
              required={false}
            />
            <Button>{t('materials.saveFlyer')}</Button>
          </Form>
        </>
      ) : (
        <Paragraph>
          <span lang={flyer.language} dir={flyer.dir}>
            {flyer.title || t('materials.flyerNoText')}
          </span>
        </Paragraph>
      )}
      {flyer.title ? (
        <>
          <Heading level={4}>{t('materials.printLinks')}</Heading>
          <ul className="spiegel-inline" style={linkList}>
            <li>
              <Link to={print}>{t('materials.printA4', { language: name })}</Link>
            </li>
            <li>
              <Link to={`${print}?size=a5`}>{t('materials.printA5', { language: name })}</Link>
            </li>
            {flyer.pdf ? (
              <>
                <li>
                  <Link to={`${print}/pdf?size=a4`} reloadDocument>
                    {t('materials.pdfA4', { language: name })}
                  </Link>
                </li>
                <li>
                  <Link to={`${print}/pdf?size=a5`} reloadDocument>
                    {t('materials.pdfA5', { language: name })}
                  </Link>
                </li>
              </>
            ) : null}
          </ul>
          {flyer.pdf ? null : <Paragraph>{t('materials.pdfNotAvailable')}</Paragraph>}
        </>
      ) : (
        <Paragraph>{t('materials.flyerNoText')}</Paragraph>
      )}
      {canEdit && flyer.language !== 'nl' ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="language" value={flyer.language} />
          <ButtonGroup>
            <Button appearance="danger">{t('materials.removeLanguage')}</Button>
          </ButtonGroup>
        </Form>
      ) : null}
    </article>
  );
}

export function AddLanguageSection({ addable, state }: { addable: string[]; state: FormState }) {
  const t = useT();
  return (
    <Section id="add-language-title" title={t('materials.addLanguageTitle')} intro={t('materials.addLanguageIntro')}>
      {addable.length > 0 ? (
        <Form method="post" className="spiegel-stack">
          <input type="hidden" name="intent" value="add" />
          <FormErrorSummary state={state} />
          <SelectField
            name="language"
            idPrefix="add"
            label={t('materials.addLanguageLabel')}
            state={state}
            options={addable.map((code) => {
              const l = flyerLanguage(code)!;
              return { value: code, label: t('materials.languageOption', { dutchName: l.dutchName, endonym: l.endonym }) };
            })}
          />
          <Button appearance="secondary">{t('materials.addLanguageButton')}</Button>
        </Form>
      ) : (
        <Paragraph>{t('materials.allLanguagesAdded')}</Paragraph>
      )}
    </Section>
  );
}
