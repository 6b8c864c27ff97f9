import { bundleAreaTexts, type ParticipantBundle } from '#app/components/participant-language';
import { Heading, Paragraph } from '#app/components/ui';

type LetterData = { participantId: string; pseudonym: string; name: string; language: string; url: string; qrSvg: string };

function LetterText({ texts, name }: { texts: ParticipantBundle; name: string }) {
  const { t, lang, dir } = bundleAreaTexts(texts, 'parent');
  return (
    <div lang={lang} dir={dir} className="spiegel-stack">
      <Paragraph>{name ? t('letterGreeting', { name }) : t('letterGreetingNoName')}</Paragraph>
      <Paragraph>{t('letterBody')}</Paragraph>
      <Paragraph>{t('letterScan')}</Paragraph>
      <Paragraph>{t('letterPrivate')}</Paragraph>
    </div>
  );
}

/**
 * One parent's letter: their name, a short text in Dutch and in their language, the link and its QR
 * code. `texts` holds the `parent` area per language, as the loader sent it.
 */
export function Letter({
  letter,
  orgName,
  qrLabel,
  texts,
}: {
  letter: LetterData;
  orgName: string;
  qrLabel: string;
  texts: Record<string, ParticipantBundle>;
}) {
  const own = texts[letter.language];
  return (
    <article className="pp-letter spiegel-stack" aria-labelledby={`letter-${letter.participantId}`} data-testid="letter">
      <Heading level={2} id={`letter-${letter.participantId}`}>
        {letter.name || letter.pseudonym} · {orgName}
      </Heading>
      <LetterText texts={texts.nl!} name={letter.name} />
      {own && own.lang !== 'nl' ? <LetterText texts={own} name={letter.name} /> : null}
      <div className="spiegel-inline" style={{ alignItems: 'center', gap: '1.5rem' }}>
        <div className="pp-letter__qr" role="img" aria-label={qrLabel} dangerouslySetInnerHTML={{ __html: letter.qrSvg }} />
        <p className="utrecht-paragraph pp-letter__url">{letter.url}</p>
      </div>
    </article>
  );
}
