// The organisation's own embeddings service for theme suggestions: off by default, admins only.
import { Form } from 'react-router';
import { Alert, Button, FormErrorSummary, Paragraph, Section, TextField } from '#app/components/ui';
import { useI18n } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { SettingsAnswer } from './settings-sections';

const fields = [
  { name: 'embeddingsUrl', value: 'url', type: 'url', label: 'org.embeddingsUrlLabel', hint: 'org.embeddingsUrlHint' },
  { name: 'embeddingsModel', value: 'model', type: 'text', label: 'org.embeddingsModelLabel', hint: 'org.embeddingsModelHint' },
] as const;

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
        {fields.map((field) => (
          <TextField
            key={field.name}
            idPrefix="embeddings"
            name={field.name}
            type={field.type}
            label={t(field.label)}
            description={t(field.hint)}
            defaultValue={embeddings[field.value]}
            state={state}
            autoComplete="off"
          />
        ))}
        <Button>{t('org.embeddingsSave')}</Button>
      </Form>
    </Section>
  );
}
