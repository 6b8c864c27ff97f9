import { Heading, Paragraph } from '#app/components/ui';
import { parentTexts } from '../domain/parent-texts';

type LetterData = { participantId: string; pseudonym: string; name: string; language: string; url: string; qrSvg: string };

function LetterText({ language, name }: { language: string; name: string }) {
  const { t, lang, dir } = parentTexts(language);
  return (
    <div lang={lang} dir={dir} className="spiegel-stack">
      <Paragraph>{name ? t('letterGreeting', { name }) : t('letterGreetingNoName')}</Paragraph>
      <Paragraph>{t('letterBody')}</Paragraph>
      <Paragraph>{t('letterScan')}</Paragraph>
      <Paragraph>{t('letterPrivate')}</Paragraph>
    </div>
  );
}

/** One parent's letter: their name, a short text in Dutch and in their language, the link and its QR code. */
export function Letter({ letter, orgName, qrLabel }: { letter: LetterData; orgName: string; qrLabel: string }) {
  const other = parentTexts(letter.language).lang !== 'nl';
  return (
    <article className="pp-letter spiegel-stack" aria-labelledby={`letter-${letter.participantId}`} data-testid="letter">
      <Heading level={2} id={`letter-${letter.participantId}`}>
        {letter.name || letter.pseudonym} · {orgName}
      </Heading>
      <LetterText language="nl" name={letter.name} />
      {other ? <LetterText language={letter.language} name={letter.name} /> : null}
      <div className="spiegel-inline" style={{ alignItems: 'center', gap: '1.5rem' }}>
        <div className="pp-letter__qr" role="img" aria-label={qrLabel} dangerouslySetInnerHTML={{ __html: letter.qrSvg }} />
        <p className="utrecht-paragraph pp-letter__url">{letter.url}</p>
      </div>
    </article>
  );
}
