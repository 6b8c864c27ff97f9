// The fields of an action (add and edit forms) and of an update (workspace and partner page).
import { bindFields, choiceOptions } from '#app/components/row-forms';
import { type FormState, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { ActionInput } from '../domain/action-fields';
import { ACTION_STATUSES, type ActionStatus } from '../domain/statuses';

type Choice = { id: string; name: string };

function StatusFields({
  state,
  idPrefix,
  status,
  stopReason,
  label,
}: {
  state: FormState;
  idPrefix: string;
  status: string;
  stopReason: string;
  label: string;
}) {
  const t = useT();
  const field = bindFields(state, idPrefix, { status, stopReason });
  return (
    <>
      <SelectField {...field('status')} label={label} options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actions.status_${s}`) }))} />
      <TextAreaField {...field('stopReason')} label={t('actions.stopReasonLabel')} description={t('actions.stopReasonHint')} required={false} rows={2} />
    </>
  );
}

/** Title, agenda item, owner, status, stop reason, due day and next step. */
export function ActionFields({
  state,
  idPrefix,
  action,
  items,
  partners,
}: {
  state: FormState;
  idPrefix: string;
  action?: ActionInput;
  items: { id: string; title: string }[];
  partners: Choice[];
}) {
  const t = useT();
  const field = bindFields(state, idPrefix, {
    title: action?.title ?? '',
    agendaItemId: action?.agendaItemId ?? '',
    partnerId: action?.partnerId ?? '',
    ownerName: action?.ownerName ?? '',
    dueOn: action?.dueOn ?? '',
    nextStep: action?.nextStep ?? '',
  });
  return (
    <>
      <TextField {...field('title')} label={t('actions.titleLabel')} description={t('actions.titleHint')} required />
      <SelectField
        {...field('agendaItemId')}
        label={t('actions.itemLabel')}
        options={[{ value: '', label: t('actions.noItem') }, ...items.map((i) => ({ value: i.id, label: i.title }))]}
      />
      <SelectField
        {...field('partnerId')}
        label={t('actions.partnerLabel')}
        description={t('actions.partnerHint')}
        options={choiceOptions(
          t('actions.noPartner'),
          partners.map((p) => p.id),
          (id) => partners.find((p) => p.id === id)?.name ?? id,
        )}
      />
      <TextField {...field('ownerName')} label={t('actions.ownerNameLabel')} required={false} autoComplete="off" />
      <StatusFields
        state={state}
        idPrefix={idPrefix}
        status={action?.status ?? 'idea'}
        stopReason={action?.stopReason ?? ''}
        label={t('actions.statusLabel')}
      />
      <TextField {...field('dueOn')} type="date" label={t('actions.dueOnLabel')} required={false} />
      <TextAreaField {...field('nextStep')} label={t('actions.nextStepLabel')} description={t('actions.nextStepHint')} required={false} rows={2} />
    </>
  );
}

/** What happened, the evidence, and the status after it (stopping needs a reason). */
export function UpdateFields({ state, idPrefix, status }: { state: FormState; idPrefix: string; status: ActionStatus }) {
  const t = useT();
  const field = bindFields(state, idPrefix, { text: '', evidence: '' });
  return (
    <>
      <TextAreaField {...field('text')} label={t('actions.updateTextLabel')} description={t('actions.updateTextHint')} rows={3} />
      <TextAreaField {...field('evidence')} label={t('actions.evidenceLabel')} description={t('actions.evidenceHint')} required={false} rows={2} />
      <StatusFields state={state} idPrefix={idPrefix} status={status} stopReason="" label={t('actions.newStatusLabel')} />
    </>
  );
}
