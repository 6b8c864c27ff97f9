// The organisation's own embeddings service for theme suggestions: off by default, admins only.
import { Form } from 'react-router';
import { Alert, Button, FormErrorSummary, Paragraph, Section, TextField } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { SettingsAnswer } from './settings-sections';

export function EmbeddingsSection({ embeddings, result }: { embeddings: { url: string; model: string }; result: SettingsAnswer }) {
  const { t } = useI18n();
  const state = stateFor(result, 'embeddings');
  return (
    <Section id="embeddings" title={t('org.embeddingsTitle')}>
      {result?.ok && succeeded(result, 'embeddings') ? <Alert type="ok">{t('org.embeddingsSaved')}</Alert> : null}
      <Paragraph>{t('org.embeddingsIntro')}</Paragraph>
      <Paragraph>{t('org.embeddingsPrivacy')}</Paragraph>
      <Paragraph>{t('org.embeddingsHow')}</Paragraph>
      <Paragraph data-testid="embeddings-status">
        <strong>{embeddings.url ? t('org.embeddingsOn', { url: embeddings.url }) : t('org.embeddingsOff')}</strong>
      </Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name="intent" value="embeddings" />
        <TextField
          idPrefix="embeddings"
          name="embeddingsUrl"
          type="url"
          label={t('org.embeddingsUrlLabel')}
          description={t('org.embeddingsUrlHint')}
          defaultValue={embeddings.url}
          state={state}
          autoComplete="off"
        />
        <TextField
          idPrefix="embeddings"
          name="embeddingsModel"
          label={t('org.embeddingsModelLabel')}
          description={t('org.embeddingsModelHint')}
          defaultValue={embeddings.model}
          state={state}
          autoComplete="off"
        />
        <Button>{t('org.embeddingsSave')}</Button>
      </Form>
    </Section>
  );
}
