import { bindFields, choiceOptions } from '#app/components/row-forms';
import { type FormState, SelectField, TextField } from '#app/components/ui';
import { LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { useT } from '#app/i18n/i18n';

type ListenerValues = { name: string; organisation: string; category: string; email: string };

/** The fields of a listener, shared by the add and edit forms. */
export function ListenerFields({ state, idPrefix, listener }: { state: FormState; idPrefix: string; listener?: ListenerValues }) {
  const t = useT();
  const field = bindFields(state, idPrefix, listener);
  return (
    <>
      <TextField {...field('name')} label={t('listeners.nameLabel')} required autoComplete="off" />
      <TextField {...field('organisation')} label={t('listeners.organisationLabel')} required={false} />
      <SelectField
        {...field('category')}
        label={t('listeners.categoryLabel')}
        options={choiceOptions(t('listeners.chooseCategory'), LISTENER_CATEGORIES, (c) => t(`theme.category_${c}`))}
      />
      <TextField
        {...field('email')}
        type="email"
        label={t('listeners.emailLabel')}
        description={t('listeners.emailHint')}
        required={false}
        autoComplete="off"
      />
    </>
  );
}
