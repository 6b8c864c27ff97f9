import { Paragraph } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { Readability, ReadabilityHint } from '../domain/readability';

function HintText({ hint }: { hint: ReadabilityHint }) {
  const t = useT();
  switch (hint.kind) {
    case 'longSentence':
      return <>{t('questions.hintLongSentence', { count: hint.words })}</>;
    case 'simpler':
      return <>{t('questions.hintSimpler', { word: hint.word, simpler: hint.simpler })}</>;
    case 'explain':
      return <>{t('questions.hintExplain', { word: hint.word, explanation: hint.explanation })}</>;
    case 'longWord':
      return <>{t('questions.hintLongWord', { word: hint.word })}</>;
  }
}

/** The plain-language check of one question (or another text, with its own `good` message): level, score and what to change. */
export function ReadabilityResult({ result, good }: { result: Readability; good?: string }) {
  const t = useT();
  return (
    <div className="spiegel-stack" data-testid="readability">
      <Paragraph>
        <strong>{t('questions.readabilityTitle')}:</strong>{' '}
        {t('questions.readabilityValue', { level: t(`questions.level_${result.level}`), score: result.score })}
      </Paragraph>
      {result.hints.length === 0 ? (
        <Paragraph>{good ?? t('questions.readabilityGood')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {result.hints.map((hint, i) => (
            <li key={i} className="utrecht-unordered-list__item" data-testid="readability-hint">
              <HintText hint={hint} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
