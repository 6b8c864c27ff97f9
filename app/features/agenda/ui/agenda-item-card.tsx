// One item of the parents' agenda: what parents will read, the plain-language check, the quotes it
// rests on, why it is as it is, and the workgroup's forms (edit, move, merge, split, remove).
import { MoveButtons } from '#app/components/move-buttons';
import { Alert, Button, CheckboxField, type FormState, Heading, MultilineText, Paragraph, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { ReadabilityResult } from '#app/features/questions/ui/readability-result';
import { useT } from '#app/i18n/i18n';
import { stateFor } from '#app/utils/forms';
import type { AgendaItemView } from '../server/get-agenda-page.server';
import { type AgendaAnswer, History, ItemForm, Quotes, ReasonField, Saved } from './agenda-ui';

/** Where an item came from on the board: its place, dots and theme. */
export function BoardFacts({ item }: { item: { rank: number; tied: boolean; dots: number; themeName: string } }) {
  const t = useT();
  if (item.rank === 0) return <Paragraph>{t('agenda.addedByWorkgroup')}</Paragraph>;
  return (
    <Paragraph>
      {t(item.tied ? 'agenda.boardPlaceTied' : 'agenda.boardPlace', { rank: item.rank })} · {t('agenda.dots', { count: item.dots })}
      {item.themeName ? ` · ${t('agenda.theme', { theme: item.themeName })}` : null}
    </Paragraph>
  );
}

/** The board's notes behind the item, folded away. */
export function Notes({ notes }: { notes: readonly string[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <details>
      <summary>{t('agenda.notesTitle', { count: notes.length })}</summary>
      <ul>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </details>
  );
}

/** One checkbox per quote, all with the same name. */
function QuoteChoices({
  name,
  legend,
  quotes,
  checked,
  state,
  idPrefix,
}: {
  name: string;
  legend: string;
  quotes: readonly string[];
  checked: boolean;
  state: FormState;
  idPrefix: string;
}) {
  const t = useT();
  if (quotes.length === 0) return null;
  const error = state?.errors?.[name];
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error ? <div className="utrecht-form-field-error-message">{t(error)}</div> : null}
      {quotes.map((quote, i) => (
        <CheckboxField key={quote} name={name} value={quote} idPrefix={`${idPrefix}-${i}`} label={quote} defaultChecked={checked} state={state} />
      ))}
    </fieldset>
  );
}

function Leaks({ item }: { item: AgendaItemView }) {
  const t = useT();
  if (item.leaks.length === 0) return null;
  return (
    <Alert type="warning">
      <div data-testid="item-leaks">
        <Paragraph>{t('agenda.leaksIntro')}</Paragraph>
        <ul>
          {item.leaks.map((leak, i) => (
            <li key={i}>
              {t('agenda.leakAt', {
                where: leak.language ? t('agenda.leakWhere_translation', { language: leak.language }) : t(`agenda.leakWhere_${leak.field}`),
                kind: t(`agenda.leakKind_${leak.kind}`),
              })}
            </li>
          ))}
        </ul>
      </div>
    </Alert>
  );
}

type Props = { item: AgendaItemView; others: readonly AgendaItemView[]; first: boolean; last: boolean; canEdit: boolean; result: AgendaAnswer };

export function AgendaItemCard({ item, others, first, last, canEdit, result }: Props) {
  const t = useT();
  const prefix = `item-${item.id}`;
  const state = (intent: string) => stateFor(result, intent, item.id);
  const [edit, merge, split, remove] = (['edit', 'merge', 'split', 'remove'] as const).map(state);
  // A new history entry means a change went through: the forms start empty again.
  const version = `${item.id}-${item.history.length}`;
  return (
    <li className="spiegel-card spiegel-stack" data-testid="agenda-item">
      <Heading level={3} id={`${prefix}-title`}>
        {t('agenda.itemHeading', { number: item.number, title: item.title })}
      </Heading>
      <BoardFacts item={item} />
      <Saved result={result} intents={['adopt', 'edit', 'add', 'merge', 'split', 'move']} target={item.id} />
      <Leaks item={item} />
      <div data-testid="plain-text">
        {item.plainText.trim() ? <MultilineText>{item.plainText}</MultilineText> : <Paragraph>{t('agenda.noPlainText')}</Paragraph>}
      </div>
      {item.readability ? <ReadabilityResult result={item.readability} good={t('agenda.readabilityGood')} /> : null}
      <Quotes quotes={item.quotes} />
      <Notes notes={item.notes} />
      <History entries={item.history} headingId={`${prefix}-history`} />
      {canEdit ? (
        <div className="spiegel-stack" key={version}>
          <div className="spiegel-inline">
            <MoveButtons
              intent="move"
              fields={{ itemId: item.id, target: item.id }}
              up={!first}
              down={!last}
              text={{ up: t('agenda.moveUp'), down: t('agenda.moveDown') }}
              labels={{ up: t('agenda.moveUpLabel', { title: item.title }), down: t('agenda.moveDownLabel', { title: item.title }) }}
            />
          </div>
          <details open={!!edit}>
            <summary>{t('agenda.editTitle', { title: item.title })}</summary>
            <ItemForm intent="edit" itemId={item.id} state={edit}>
              <TextField name="title" idPrefix={`${prefix}-edit`} label={t('agenda.titleLabel')} defaultValue={item.title} state={edit} />
              <TextAreaField
                name="plainText"
                idPrefix={`${prefix}-edit`}
                label={t('agenda.plainTextLabel')}
                description={t('agenda.plainTextHint')}
                defaultValue={item.plainText}
                state={edit}
                rows={4}
              />
              <QuoteChoices name="quotes" legend={t('agenda.quotesKeep')} quotes={item.quotes} checked state={edit} idPrefix={`${prefix}-keep`} />
              <TextAreaField
                name="newQuote"
                idPrefix={`${prefix}-edit`}
                label={t('agenda.newQuoteLabel')}
                description={t('agenda.newQuoteHint')}
                state={edit}
                required={false}
                rows={2}
              />
              <ReasonField state={edit} idPrefix={`${prefix}-edit`} label="agenda.reasonEdit" />
              <Button>{t('agenda.editSave')}</Button>
            </ItemForm>
          </details>
          {others.length > 0 ? (
            <details open={!!merge}>
              <summary>{t('agenda.mergeTitle', { title: item.title })}</summary>
              <ItemForm intent="merge" itemId={item.id} state={merge}>
                <SelectField
                  name="otherId"
                  idPrefix={`${prefix}-merge`}
                  label={t('agenda.mergeLabel')}
                  description={t('agenda.mergeHint', { title: item.title })}
                  state={merge}
                  options={[
                    { value: '', label: t('agenda.mergeChooseOption') },
                    ...others.map((o) => ({ value: o.id, label: t('agenda.itemHeading', { number: o.number, title: o.title }) })),
                  ]}
                />
                <ReasonField state={merge} idPrefix={`${prefix}-merge`} label="agenda.reasonMerge" />
                <Button appearance="secondary">{t('agenda.mergeButton')}</Button>
              </ItemForm>
            </details>
          ) : null}
          <details open={!!split}>
            <summary>{t('agenda.splitTitle', { title: item.title })}</summary>
            <ItemForm intent="split" itemId={item.id} state={split}>
              <Paragraph>{t('agenda.splitHint')}</Paragraph>
              <TextField name="firstTitle" idPrefix={`${prefix}-split`} label={t('agenda.splitFirstTitle')} defaultValue={item.title} state={split} />
              <TextAreaField
                name="firstText"
                idPrefix={`${prefix}-split`}
                label={t('agenda.splitFirstText')}
                defaultValue={item.plainText}
                state={split}
                rows={3}
              />
              <QuoteChoices name="firstQuotes" legend={t('agenda.splitFirstQuotes')} quotes={item.quotes} checked state={split} idPrefix={`${prefix}-split1`} />
              <TextField name="secondTitle" idPrefix={`${prefix}-split`} label={t('agenda.splitSecondTitle')} state={split} />
              <TextAreaField name="secondText" idPrefix={`${prefix}-split`} label={t('agenda.splitSecondText')} state={split} rows={3} />
              <QuoteChoices
                name="secondQuotes"
                legend={t('agenda.splitSecondQuotes')}
                quotes={item.quotes}
                checked={false}
                state={split}
                idPrefix={`${prefix}-split2`}
              />
              <ReasonField state={split} idPrefix={`${prefix}-split`} label="agenda.reasonSplit" />
              <Button appearance="secondary">{t('agenda.splitButton')}</Button>
            </ItemForm>
          </details>
          <details open={!!remove}>
            <summary>{t('agenda.removeTitle', { title: item.title })}</summary>
            <ItemForm intent="remove" itemId={item.id} state={remove}>
              <Paragraph>{t('agenda.removeHint')}</Paragraph>
              <ReasonField state={remove} idPrefix={`${prefix}-remove`} label="agenda.reasonRemove" />
              <Button appearance="danger">{t('agenda.removeButton')}</Button>
            </ItemForm>
          </details>
        </div>
      ) : null}
    </li>
  );
}
