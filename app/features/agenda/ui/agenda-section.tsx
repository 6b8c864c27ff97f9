// The parents' agenda: its items in order, and the form to add one.
import { Button, Heading, Paragraph, Section, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { stateFor } from '#app/utils/forms';
import type { AgendaItemView } from '../server/get-agenda-page.server';
import { AgendaItemCard } from './agenda-item-card';
import { type AgendaAnswer, ItemForm, ReasonField, Saved } from './agenda-ui';

export function AgendaSection({ items, canEdit, result }: { items: readonly AgendaItemView[]; canEdit: boolean; result: AgendaAnswer }) {
  const t = useT();
  const add = stateFor(result, 'add');
  return (
    <Section id="agenda" title={t('agenda.agendaTitle')} intro={t('agenda.agendaIntro')}>
      <Saved result={result} intents={['adopt']} target="all" />
      {items.length === 0 ? <Paragraph>{t('agenda.agendaEmpty')}</Paragraph> : null}
      <ol className="spiegel-stack agenda-list" data-testid="agenda">
        {items.map((item, i) => (
          <AgendaItemCard
            key={item.id}
            item={item}
            others={items.filter((o) => o.id !== item.id)}
            first={i === 0}
            last={i === items.length - 1}
            canEdit={canEdit}
            result={result}
          />
        ))}
      </ol>
      {canEdit ? (
        <section className="spiegel-card spiegel-stack" aria-labelledby="agenda-add">
          <Heading level={3} id="agenda-add">
            {t('agenda.addTitle')}
          </Heading>
          <Saved result={result} intents={['add']} />
          <div key={items.length}>
            <ItemForm intent="add" state={add}>
              <TextField name="title" idPrefix="add" label={t('agenda.titleLabel')} state={add} />
              <TextAreaField name="plainText" idPrefix="add" label={t('agenda.plainTextLabel')} description={t('agenda.plainTextHint')} state={add} rows={3} />
              <ReasonField state={add} idPrefix="add" label="agenda.reasonAdd" />
              <Button appearance="secondary">{t('agenda.addButton')}</Button>
            </ItemForm>
          </div>
        </section>
      ) : null}
    </Section>
  );
}
