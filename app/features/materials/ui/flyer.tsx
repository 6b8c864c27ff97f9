import type { ReactNode } from 'react';
import { formatMessage, type Values } from '#app/i18n/i18n';
import type { ParticipantKey } from '#app/i18n/participant';
import { isolate, joinParts } from '../domain/flyer-format';
import type { FlyerView } from '../domain/flyer-format';
import { textDirection } from '../domain/languages';
import { QrCode } from './qr-code';

function Label({ lang, dir, children }: { lang: string; dir: 'ltr' | 'rtl'; children: ReactNode }) {
  return (
    <p className="materials-flyer__label" lang={lang} dir={dir}>
      {children}
    </p>
  );
}

/** The flyer as HTML, in its own language and direction; its labels too where the participant texts have that language, else Dutch. */
export function Flyer({ flyer, qrSvg, contributionQrSvg, size }: { flyer: FlyerView; qrSvg: string; contributionQrSvg?: string | null; size: 'a4' | 'a5' }) {
  const labelLang = flyer.labelLocale;
  const labelDir = textDirection(labelLang);
  const t = (key: ParticipantKey, values?: Values) => formatMessage(flyer.labelTexts[key] ?? key, labelLang, values);
  const unknown = (
    <span lang={labelLang} dir={labelDir}>
      {t('flyer.unknown')}
    </span>
  );
  return (
    <article className={`materials-flyer materials-flyer--${size}`} lang={flyer.language} dir={flyer.dir} data-testid="flyer">
      <h1 className="materials-flyer__title">{flyer.title}</h1>
      {flyer.whatHappens.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      <Label lang={labelLang} dir={labelDir}>
        {t('flyer.when')}
      </Label>
      <p>{flyer.dateText ? joinParts([flyer.dateText, flyer.startTime], flyer.dir) : unknown}</p>
      <Label lang={labelLang} dir={labelDir}>
        {t('flyer.where')}
      </Label>
      <p>{joinParts([flyer.venueName, flyer.venueAddress], flyer.dir) || unknown}</p>
      {flyer.whatYouGet.length > 0 ? (
        <>
          <Label lang={labelLang} dir={labelDir}>
            {t('flyer.whatYouGet')}
          </Label>
          <ul>
            {flyer.whatYouGet.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Label lang={labelLang} dir={labelDir}>
        {t('flyer.signUp')}
      </Label>
      <div className="materials-flyer__signup" lang={labelLang}>
        <QrCode svg={qrSvg} label={t('flyer.qrLabel')} />
        <div dir={labelDir}>
          <p>{t('flyer.scan')}</p>
          <p className="materials-url" dir="ltr">
            <strong>{flyer.signupUrl}</strong>
          </p>
          <p>{t('flyer.code', { code: flyer.signupCode })}</p>
          {flyer.contactPhone ? (
            <p>
              {flyer.contactName
                ? t('flyer.call', { name: isolate(flyer.contactName), phone: flyer.contactPhone })
                : t('flyer.callNoName', { phone: flyer.contactPhone })}
            </p>
          ) : null}
        </div>
      </div>
      {flyer.contribution && contributionQrSvg ? (
        // For a parent who will not join the group (X1): small, in the flyer's language where we have it.
        <div
          className="materials-flyer__signup materials-flyer__contribution"
          lang={flyer.contribution.lang}
          dir={flyer.contribution.dir}
          data-testid="flyer-contribution"
        >
          <QrCode svg={contributionQrSvg} label={flyer.contribution.qrLabel} />
          <div>
            <p>{flyer.contribution.line}</p>
            <p className="materials-url" dir="ltr">
              {flyer.contribution.url}
            </p>
          </div>
        </div>
      ) : null}
    </article>
  );
}
