import { type FormState, SelectField, TextField } from '#app/components/ui';
import { LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { useT } from '#app/i18n/i18n';

type ListenerValues = { name: string; organisation: string; category: string; email: string };

/** The fields of a listener, shared by the add and edit forms. */
export function ListenerFields({ state, idPrefix, listener }: { state: FormState; idPrefix: string; listener?: ListenerValues }) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t('listeners.nameLabel')} defaultValue={listener?.name} state={state} idPrefix={idPrefix} required autoComplete="off" />
      <TextField
        name="organisation"
        label={t('listeners.organisationLabel')}
        defaultValue={listener?.organisation}
        state={state}
        idPrefix={idPrefix}
        required={false}
      />
      <SelectField
        name="category"
        label={t('listeners.categoryLabel')}
        defaultValue={listener?.category ?? ''}
        state={state}
        idPrefix={idPrefix}
        options={[{ value: '', label: t('listeners.chooseCategory') }, ...LISTENER_CATEGORIES.map((c) => ({ value: c, label: t(`theme.category_${c}`) }))]}
      />
      <TextField
        name="email"
        type="email"
        label={t('listeners.emailLabel')}
        description={t('listeners.emailHint')}
        defaultValue={listener?.email}
        state={state}
        idPrefix={idPrefix}
        required={false}
        autoComplete="off"
      />
    </>
  );
}
