import { bindFields, choiceOptions } from '#app/components/row-forms';
import { type FormState, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import { PARTNER_DOMAINS } from '../domain/domains';

type PartnerValues = { name: string; domain: string; contactName: string; contactEmail: string; roleDescription: string };

/** The fields of a partner, shared by the add and edit forms. */
export function PartnerFields({ state, idPrefix, partner }: { state: FormState; idPrefix: string; partner?: PartnerValues }) {
  const t = useT();
  const field = bindFields(state, idPrefix, partner);
  return (
    <>
      <TextField {...field('name')} label={t('partners.nameLabel')} required autoComplete="organization" />
      <SelectField
        {...field('domain')}
        label={t('partners.domainLabel')}
        options={choiceOptions(t('partners.chooseDomain'), PARTNER_DOMAINS, (d) => t(`partners.domain_${d}`))}
      />
      <TextField {...field('contactName')} label={t('partners.contactNameLabel')} required={false} />
      <TextField
        {...field('contactEmail')}
        type="email"
        label={t('partners.contactEmailLabel')}
        description={t('partners.contactEmailHint')}
        required={false}
      />
      <TextAreaField {...field('roleDescription')} label={t('partners.roleLabel')} description={t('partners.roleHint')} required={false} rows={2} />
    </>
  );
}
