import { type FormState, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { PARTNER_DOMAINS } from '../domain/domains';

type PartnerValues = { name: string; domain: string; contactName: string; contactEmail: string; roleDescription: string };

/** The fields of a partner, shared by the add and edit forms. */
export function PartnerFields({ state, idPrefix, partner }: { state: FormState; idPrefix: string; partner?: PartnerValues }) {
  const t = useT();
  return (
    <>
      <TextField
        name="name"
        label={t('partners.nameLabel')}
        defaultValue={partner?.name}
        state={state}
        idPrefix={idPrefix}
        required
        autoComplete="organization"
      />
      <SelectField
        name="domain"
        label={t('partners.domainLabel')}
        defaultValue={partner?.domain ?? ''}
        state={state}
        idPrefix={idPrefix}
        options={[{ value: '', label: t('partners.chooseDomain') }, ...PARTNER_DOMAINS.map((d) => ({ value: d, label: t(`partners.domain_${d}`) }))]}
      />
      <TextField
        name="contactName"
        label={t('partners.contactNameLabel')}
        defaultValue={partner?.contactName}
        state={state}
        idPrefix={idPrefix}
        required={false}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t('partners.contactEmailLabel')}
        description={t('partners.contactEmailHint')}
        defaultValue={partner?.contactEmail}
        state={state}
        idPrefix={idPrefix}
        required={false}
      />
      <TextAreaField
        name="roleDescription"
        label={t('partners.roleLabel')}
        description={t('partners.roleHint')}
        defaultValue={partner?.roleDescription}
        state={state}
        idPrefix={idPrefix}
        required={false}
        rows={2}
      />
    </>
  );
}
