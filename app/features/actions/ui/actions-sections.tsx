// The sections of the trajectory's change-agenda page: the actions per agreed agenda item, the
// actions without one, and the add form.
import { Form } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { EditOrRemove } from '#app/components/row-forms';
import { Alert, Button, FormErrorSummary, MultilineText, Paragraph, Section } from '#app/components/ui';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { type FormAnswer, stateFor, succeeded } from '#app/utils/forms';
import type { ActionIntent } from '../forms';
import type { ActionsPage } from '../server/get-actions-page.server';
import { ActionCard } from './action-card';
import { ActionFields, UpdateFields } from './action-fields';

export type ActionsAnswer = FormAnswer<unknown> | undefined;
type PageData = Pick<ActionsPage, 'canManage' | 'today' | 'items' | 'partners'>;
type Action = ActionsPage['withoutItem'][number];

const savedMessage: Record<ActionIntent, MessageKey> = {
  'add-action': 'actions.added',
  'edit-action': 'actions.saved',
  'remove-action': 'actions.removed',
  'add-update': 'actions.updateAdded',
};

/** The confirmation next to the form that was sent (one action's forms: give its id). */
export function Saved({ result, intents, target }: { result: ActionsAnswer; intents: ActionIntent[]; target?: string }) {
  const t = useT();
  const intent = intents.find((i) => succeeded(result, i, target));
  return intent ? <Alert type="ok">{t(savedMessage[intent])}</Alert> : null;
}

/** An update and the edit/remove forms of one action, for those who may manage actions. */
function ManageAction({ action, page, result }: { action: Action; page: PageData; result: ActionsAnswer }) {
  const t = useT();
  const updateState = stateFor(result, 'add-update', action.id);
  const editState = stateFor(result, 'edit-action', action.id);
  return (
    <>
      <Saved result={result} intents={['add-update', 'edit-action']} target={action.id} />
      <details open={!!updateState}>
        <summary>{t('actions.addUpdateSummary', { title: action.title })}</summary>
        <FormErrorSummary state={updateState} />
        {/* Keyed on the number of updates: emptied after each one. */}
        <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={action.updates.length}>
          <input type="hidden" name="intent" value="add-update" />
          <SubmissionKey />
          <input type="hidden" name="actionId" value={action.id} />
          <UpdateFields state={updateState} idPrefix={`update-${action.id}`} status={action.status} />
          <Button>{t('actions.updateButton')}</Button>
        </Form>
      </details>
      <EditOrRemove
        summary={t('actions.editSummary', { title: action.title })}
        state={editState}
        target={{ name: 'actionId', value: action.id }}
        edit={{ intent: 'edit-action', label: t('actions.saveButton') }}
        remove={{ intent: 'remove-action', label: t('actions.removeButton'), hint: t('actions.removeHint') }}
      >
        <ActionFields state={editState} idPrefix={`action-${action.id}`} action={action} items={page.items} partners={page.partners} />
      </EditOrRemove>
    </>
  );
}

function ActionList({ actions, page, result }: { actions: Action[]; page: PageData; result: ActionsAnswer }) {
  return (
    <ul className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
      {actions.map((action) => (
        <ActionCard key={action.id} action={action} today={page.today}>
          {page.canManage ? <ManageAction action={action} page={page} result={result} /> : null}
        </ActionCard>
      ))}
    </ul>
  );
}

/** Per agreed agenda item its actions, then the actions without an (agreed) item. */
export function ActionGroups({ page, result }: { page: ActionsPage; result: ActionsAnswer }) {
  const t = useT();
  return (
    <>
      {page.items.length === 0 ? <Alert type="info">{t('actions.noAgreedItems')}</Alert> : null}
      {page.groups.map(({ item, actions }) => (
        <Section key={item.id} id={`item-${item.id}`} title={item.title}>
          {item.plainText ? <MultilineText>{item.plainText}</MultilineText> : null}
          {actions.length === 0 ? <Paragraph>{t('actions.itemEmpty')}</Paragraph> : <ActionList actions={actions} page={page} result={result} />}
        </Section>
      ))}
      {page.withoutItem.length > 0 || page.items.length === 0 ? (
        <Section id="without-item" title={t('actions.withoutItemTitle')}>
          {page.withoutItem.length === 0 ? (
            <Paragraph>{t('actions.withoutItemEmpty')}</Paragraph>
          ) : (
            <ActionList actions={page.withoutItem} page={page} result={result} />
          )}
        </Section>
      ) : null}
    </>
  );
}

/** The add form: emptied after each addition (keyed on the number of actions). */
export function AddActionSection({ page, count, result }: { page: PageData; count: number; result: ActionsAnswer }) {
  const t = useT();
  const state = stateFor(result, 'add-action');
  return (
    <Section id="add-action" title={t('actions.addTitle')}>
      <Saved result={result} intents={['add-action']} />
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset key={count}>
        <input type="hidden" name="intent" value="add-action" />
        <SubmissionKey />
        <ActionFields state={state} idPrefix="action-new" items={page.items} partners={page.partners} />
        <Button>{t('actions.addButton')}</Button>
      </Form>
    </Section>
  );
}
