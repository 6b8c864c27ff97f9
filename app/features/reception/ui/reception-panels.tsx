// Pieces of the welcome desk. Every action is its own small form, so the desk works without JavaScript.
import { Form } from 'react-router';
import { Alert, Button, ButtonLink, FormErrorSummary, type FormState, Heading, Link, Paragraph, RadioGroup, StatusBadge, TextField } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import type { ReceptionCounts } from '../domain/rules';
import { formatTime } from './format-time';

export type DeskRow = {
  participantId: string;
  pseudonym: string | null;
  name: string;
  status: string;
  needsChildcare: boolean;
  interpreterLanguage: string;
  interpreterName: string;
  checkedInAt: Date | string | null;
  minutes: boolean | null;
  photos: boolean | null;
  recordedAt: Date | string | null;
  recordedBy: string | null;
  /** Signed up on the flyer's page and not registered yet: one check-in takes them to attended. */
  selfSignup?: boolean;
  /** Such a parent without recorded consent to keep their details: the desk asks first. */
  needsConsent?: boolean;
};

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const answerKey = (value: boolean | null) => (value === null ? 'reception.answer_unknown' : value ? 'reception.answer_yes' : 'reception.answer_no');

export function CountsPanel({ counts, noAnswer, noConsent }: { counts: ReceptionCounts; noAnswer: string[]; noConsent: string[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="desk-counts" className="spiegel-card spiegel-stack">
      <Heading level={2} id="desk-counts">
        {t('reception.countsTitle')}
      </Heading>
      <ul data-testid="desk-counts">
        <li data-testid="count-present">
          {t('reception.countPresent', {
            present: counts.present,
            expected: counts.expected,
          })}
        </li>
        <li data-testid="count-consent">
          {t('reception.countConsent', {
            count: counts.minutesConsent,
            expected: counts.expected,
          })}
        </li>
        <li data-testid="count-listeners">
          {t('reception.countListeners', {
            present: counts.listenersPresent,
            expected: counts.listenersExpected,
          })}
        </li>
      </ul>
      {noAnswer.length > 0 ? (
        <div data-testid="warning-no-answer">
          <Alert type="warning">{t('reception.warningNoAnswer', { names: noAnswer.join(', ') })}</Alert>
        </div>
      ) : null}
      {noConsent.length > 0 ? (
        <div data-testid="info-no-consent">
          <Alert type="info">{t('reception.infoNoConsent', { names: noConsent.join(', ') })}</Alert>
        </div>
      ) : null}
    </section>
  );
}

export function ConfidentialityPanel({ agreedAt }: { agreedAt: Date | string | null }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="desk-confidentiality" className="spiegel-card spiegel-stack">
      <Heading level={2} id="desk-confidentiality">
        {t('reception.confidentialityTitle')}
      </Heading>
      <Paragraph>{t('reception.confidentialityExplain')}</Paragraph>
      <p className="utrecht-paragraph" data-testid="confidentiality-state">
        {agreedAt
          ? t('reception.confidentialityAgreedAt', {
              time: formatTime(agreedAt, locale),
            })
          : t('reception.confidentialityNotYet')}
      </p>
      <Form method="post" preventScrollReset>
        <input type="hidden" name="intent" value="confidentiality" />
        <input type="hidden" name="agreed" value={agreedAt ? 'no' : 'yes'} />
        <Button appearance={agreedAt ? 'secondary' : 'primary'}>{agreedAt ? t('reception.confidentialityUndo') : t('reception.confidentialityAgree')}</Button>
      </Form>
    </section>
  );
}

export function ParticipantCard({
  row,
  state,
  saved,
  refusal,
}: {
  row: DeskRow;
  state: FormState;
  saved: boolean;
  refusal?: 'reception.notExpected' | 'reception.signupNeedsConsent';
}) {
  const { t, locale } = useI18n();
  const label = row.pseudonym ?? t('reception.noPseudonym');
  // Name first: the desk addresses people by name; the pseudonym is what the minutes will use.
  const who = row.name ? `${row.name} (${label})` : label;
  const present = row.checkedInAt !== null || row.status === 'attended';
  const prefix = `p-${row.participantId.slice(0, 8)}`;
  const consentState = state?.values?.intent === 'consent' ? state : undefined;
  const interpreterState = state?.values?.intent === 'interpreter' ? state : undefined;
  return (
    <li className="spiegel-card spiegel-stack" data-testid="desk-participant" aria-labelledby={`${prefix}-name`}>
      <Heading level={3} id={`${prefix}-name`}>
        {who}
      </Heading>
      <p className="utrecht-paragraph">
        <StatusBadge tone={present ? 'done' : 'neutral'}>
          {present
            ? row.checkedInAt
              ? t('reception.presentSince', {
                  time: formatTime(row.checkedInAt, locale),
                })
              : t('reception.present')
            : t('reception.notPresent')}
        </StatusBadge>
      </p>
      {row.interpreterLanguage || row.needsChildcare ? (
        <ul data-testid="door-needs">
          {row.interpreterLanguage ? (
            <li>
              {t('reception.needInterpreter', {
                language: row.interpreterLanguage,
              })}
            </li>
          ) : null}
          {row.needsChildcare ? <li>{t('reception.needChildcare')}</li> : null}
        </ul>
      ) : null}
      {saved ? <Alert type="ok">{t('reception.saved')}</Alert> : null}
      {row.selfSignup && !present ? (
        <Paragraph>
          <span data-testid="self-signup">{t('reception.selfSignup')}</span>
        </Paragraph>
      ) : null}
      {row.needsConsent && refusal !== 'reception.signupNeedsConsent' ? <Alert type="warning">{t('reception.signupNeedsConsent')}</Alert> : null}
      {refusal ? <Alert type="error">{t(refusal)}</Alert> : null}
      <Form method="post" preventScrollReset>
        <input type="hidden" name="intent" value="checkin" />
        <input type="hidden" name="participantId" value={row.participantId} />
        <input type="hidden" name="present" value={present ? 'no' : 'yes'} />
        <Button appearance={present ? 'secondary' : 'primary'} aria-label={t(present ? 'reception.checkInUndoLabel' : 'reception.checkInLabel', { name: who })}>
          {present ? t('reception.checkInUndo') : t('reception.checkIn')}
        </Button>
      </Form>
      <div className="spiegel-reception__person">
        {/* Keyed on the stored answer, so a change made on another tablet shows after a live update. */}
        <Form
          method="post"
          preventScrollReset
          noValidate
          className="spiegel-stack"
          key={`c-${yesNo(row.minutes)}-${yesNo(row.photos)}-${String(row.recordedAt)}`}
        >
          <Heading level={4}>{t('reception.consentTitle')}</Heading>
          <p className="utrecht-paragraph" data-testid="consent-state">
            {t('reception.consentState', {
              minutes: t(answerKey(row.minutes)),
              photos: t(answerKey(row.photos)),
            })}{' '}
            {row.recordedAt
              ? t('reception.consentRecorded', {
                  name: row.recordedBy || '?',
                  time: formatTime(row.recordedAt, locale),
                })
              : t('reception.consentNotAsked')}
          </p>
          <FormErrorSummary state={consentState} />
          <input type="hidden" name="intent" value="consent" />
          <input type="hidden" name="participantId" value={row.participantId} />
          {(['minutes', 'photos'] as const).map((question) => (
            <RadioGroup
              key={question}
              name={question}
              label={t(question === 'minutes' ? 'reception.consentMinutes' : 'reception.consentPhotos', { name: who })}
              defaultValue={yesNo(row[question])}
              state={consentState}
              idPrefix={`${prefix}-${question}`}
              options={[
                { value: 'yes', label: t('reception.yes') },
                { value: 'no', label: t('reception.no') },
              ]}
            />
          ))}
          <Button aria-label={t('reception.consentSaveLabel', { name: who })}>{t('reception.consentSave')}</Button>
        </Form>
        <Form method="post" preventScrollReset noValidate className="spiegel-stack" key={`i-${row.interpreterLanguage}-${row.interpreterName}`}>
          <Heading level={4}>{t('reception.interpreterTitle')}</Heading>
          <FormErrorSummary state={interpreterState} />
          <input type="hidden" name="intent" value="interpreter" />
          <input type="hidden" name="participantId" value={row.participantId} />
          <TextField
            name="language"
            label={t('reception.interpreterLanguage')}
            defaultValue={row.interpreterLanguage}
            state={interpreterState}
            idPrefix={`${prefix}-interp`}
          />
          <TextField
            name="interpreter"
            label={t('reception.interpreterName')}
            defaultValue={row.interpreterName}
            state={interpreterState}
            idPrefix={`${prefix}-interp`}
          />
          <Button appearance="secondary" aria-label={t('reception.interpreterSaveLabel', { name: who })}>
            {t('reception.interpreterSave')}
          </Button>
        </Form>
      </div>
    </li>
  );
}

export type DeskListener = {
  id: string;
  name: string;
  organisation: string;
  rsvpMirror: string;
  present: boolean;
};
const rsvpKey = {
  yes: 'reception.rsvp_yes',
  no: 'reception.rsvp_no',
  maybe: 'reception.rsvp_maybe',
  '': 'reception.rsvp_none',
} as const;

export function ListenerRow({ listener, qrHref }: { listener: DeskListener; qrHref: string }) {
  const { t } = useI18n();
  const rsvp = rsvpKey[listener.rsvpMirror as keyof typeof rsvpKey] ?? rsvpKey[''];
  return (
    <li
      className="spiegel-card spiegel-inline"
      data-testid="desk-listener"
      id={`listener-${listener.id}`}
      style={{ justifyContent: 'space-between', alignItems: 'center' }}
    >
      <div>
        <strong>{listener.name}</strong>
        {listener.organisation ? `, ${listener.organisation}` : ''} <span>({t(rsvp)})</span>{' '}
        {listener.present ? <StatusBadge tone="done">{t('reception.listenerPresent')}</StatusBadge> : null}
      </div>
      <div className="spiegel-inline">
        <Form method="post" preventScrollReset>
          <input type="hidden" name="intent" value="listener" />
          <input type="hidden" name="listenerId" value={listener.id} />
          <input type="hidden" name="present" value={listener.present ? 'no' : 'yes'} />
          <Button
            appearance={listener.present ? 'secondary' : 'primary'}
            aria-label={t(listener.present ? 'reception.listenerUndoLabel' : 'reception.listenerPresentLabel', { name: listener.name })}
          >
            {listener.present ? t('reception.checkInUndo') : t('reception.listenerPresent')}
          </Button>
        </Form>
        <ButtonLink to={qrHref} preventScrollReset aria-label={t('reception.showQrLabel', { name: listener.name })} style={{ minBlockSize: '3rem' }}>
          {t('reception.showQr')}
        </ButtonLink>
      </div>
    </li>
  );
}

export function ListenerQr({ name, svg, closeHref }: { name: string; svg: string; closeHref: string }) {
  const { t } = useI18n();
  return (
    <div className="spiegel-card spiegel-stack" data-testid="listener-qr">
      <Heading level={3}>{t('reception.qrTitle', { name })}</Heading>
      <Paragraph>{t('reception.qrExplain', { name })}</Paragraph>
      {/* The SVG is made on the server by the qrcode package from the listener's own link. */}
      <div className="spiegel-reception__qr" role="img" aria-label={t('reception.qrLabel', { name })} dangerouslySetInnerHTML={{ __html: svg }} />
      <Link to={closeHref} preventScrollReset>
        {t('reception.qrHide')}
      </Link>
    </div>
  );
}
