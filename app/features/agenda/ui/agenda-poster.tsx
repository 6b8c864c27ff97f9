// The A3 poster for the wall of the feedback meeting: the agenda in plain Dutch, one chosen
// language below each item if wanted, and the QR code to the public page.
import { flyerLanguage, textDirection } from '#app/features/materials/domain/languages';
import { useT } from '#app/i18n/i18n';
import type { AgendaPoster as Poster } from '../server/get-agenda-poster.server';
import { svgForImage } from './agenda-ui';

export function AgendaPoster({ poster }: { poster: Poster & { publicPage: NonNullable<Poster['publicPage']> } }) {
  const t = useT();
  const { language } = poster;
  const dir = language ? textDirection(language) : 'ltr';
  return (
    <article className="agenda-poster" lang="nl" data-testid="poster">
      <header className="agenda-poster__header">
        <h1 className="agenda-poster__title">{t('agenda.posterHeading')}</h1>
        <p className="agenda-poster__subtitle">{poster.title}</p>
        {language ? (
          <p className="agenda-poster__subtitle" lang={language} dir={dir}>
            {flyerLanguage(language)?.endonym ?? language}
          </p>
        ) : null}
      </header>
      <ol className="agenda-poster__items">
        {poster.items.map((item) => (
          <li key={item.id} className="agenda-poster__item" data-testid="poster-item">
            <h2 className="agenda-poster__item-title">{item.title}</h2>
            {item.plainText ? <p className="agenda-poster__text">{item.plainText}</p> : null}
            {item.translation ? (
              <p className="agenda-poster__text agenda-poster__translation" lang={language ?? undefined} dir={dir}>
                {item.translation}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <footer className="agenda-poster__scan">
        <div
          role="img"
          aria-label={t('agenda.qrLabel', { url: poster.publicPage.url })}
          className="agenda-poster__qr"
          data-testid="poster-qr"
          dangerouslySetInnerHTML={{ __html: svgForImage(poster.publicPage.qr) }}
        />
        <div>
          <p className="agenda-poster__scan-text">{t('agenda.posterScan')}</p>
          <p className="agenda-poster__url">{poster.publicPage.url}</p>
        </div>
      </footer>
    </article>
  );
}
