// The fields of one participant, for "add" on the pipeline page and for the detail page.
import { CheckboxField, type FormState, SelectField, TextAreaField, TextField } from '#app/components/ui';
import { PARTICIPANT_KINDS } from '#app/features/participants/domain/pseudonyms';
import { useT } from '#app/i18n/i18n';
import type { ParticipantStatus } from '../domain/pipeline';
import { PLACE_CATEGORIES, PROFILE_FITS } from '../domain/places';
import { fitLabel, kindLabel, placeLabel, statusLabel } from './labels';

export type ParticipantDefaults = {
  kind?: string;
  status?: string;
  name?: string;
  surname?: string;
  phone?: string;
  email?: string;
  callViaContact?: boolean;
  address?: string;
  languages?: string;
  placeCategory?: string;
  placeName?: string;
  recruitedBy?: string | null;
  profileFit?: string;
  interpreterLanguage?: string;
  needsChildcare?: boolean;
  needsTransport?: boolean;
  diet?: string;
  preferredTime?: string;
  needs?: string;
  compensation?: string;
  compensationPaid?: boolean;
  consent?: boolean;
};

export function ParticipantFields({
  state,
  people,
  statuses,
  defaults = {},
  idPrefix,
  statusLabelKey = 'recruitment.fieldStartStatus',
  showAddress = false,
}: {
  state: FormState;
  people: { userId: string; name: string }[];
  statuses: readonly ParticipantStatus[];
  defaults?: ParticipantDefaults;
  idPrefix: string;
  statusLabelKey?: 'recruitment.fieldStartStatus' | 'recruitment.fieldStatus';
  showAddress?: boolean;
}) {
  const t = useT();
  const common = { state, idPrefix };
  const fieldset = 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset spiegel-stack';
  const legend = 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend';
  return (
    <>
      <SelectField
        {...common}
        name="kind"
        label={t('recruitment.fieldKind')}
        defaultValue={defaults.kind ?? 'parent'}
        options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
      />
      <SelectField
        {...common}
        name="status"
        label={t(statusLabelKey)}
        description={statusLabelKey === 'recruitment.fieldStatus' ? t('recruitment.fieldStatusHint') : undefined}
        defaultValue={defaults.status ?? statuses[0]}
        options={statuses.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
      />
      <TextField {...common} name="name" label={t('recruitment.fieldName')} defaultValue={defaults.name} autoComplete="off" required />
      <TextField
        {...common}
        name="surname"
        label={t('recruitment.fieldSurname')}
        description={t('recruitment.fieldSurnameHint')}
        defaultValue={defaults.surname}
        autoComplete="off"
        required={false}
      />
      <TextField {...common} name="phone" type="tel" label={t('recruitment.fieldPhone')} defaultValue={defaults.phone} autoComplete="off" required={false} />
      <TextField {...common} name="email" type="email" label={t('recruitment.fieldEmail')} defaultValue={defaults.email} autoComplete="off" required={false} />
      <CheckboxField {...common} name="callViaContact" label={t('recruitment.fieldCallViaContact')} defaultChecked={defaults.callViaContact} />
      {showAddress ? (
        <TextField {...common} name="address" label={t('recruitment.fieldAddress')} defaultValue={defaults.address} autoComplete="off" required={false} />
      ) : null}
      <TextField {...common} name="languages" label={t('recruitment.fieldLanguages')} defaultValue={defaults.languages} required={false} />

      <fieldset className={fieldset}>
        <legend className={legend}>{t('recruitment.placeLegend')}</legend>
        <SelectField
          {...common}
          name="placeCategory"
          label={t('recruitment.fieldPlaceCategory')}
          defaultValue={defaults.placeCategory ?? ''}
          options={[{ value: '', label: t('recruitment.nobodyChosen') }, ...PLACE_CATEGORIES.map((c) => ({ value: c, label: t(placeLabel(c)) }))]}
        />
        <TextField
          {...common}
          name="placeName"
          label={t('recruitment.fieldPlaceName')}
          description={t('recruitment.fieldPlaceNameHint')}
          defaultValue={defaults.placeName}
          required={false}
        />
      </fieldset>

      <SelectField
        {...common}
        name="recruitedBy"
        label={t('recruitment.fieldRecruitedBy')}
        defaultValue={defaults.recruitedBy ?? ''}
        options={[{ value: '', label: t('recruitment.nobodyChosen') }, ...people.map((p) => ({ value: p.userId, label: p.name }))]}
      />
      <SelectField
        {...common}
        name="profileFit"
        label={t('recruitment.fieldProfileFit')}
        defaultValue={defaults.profileFit ?? ''}
        options={(['', ...PROFILE_FITS] as const).map((fit) => ({ value: fit, label: t(fitLabel(fit)) }))}
      />

      <fieldset className={fieldset}>
        <legend className={legend}>{t('recruitment.needsLegend')}</legend>
        <TextField
          {...common}
          name="interpreterLanguage"
          label={t('recruitment.fieldInterpreter')}
          description={t('recruitment.fieldInterpreterHint')}
          defaultValue={defaults.interpreterLanguage}
          required={false}
        />
        <CheckboxField {...common} name="needsChildcare" label={t('recruitment.fieldChildcare')} defaultChecked={defaults.needsChildcare} />
        <CheckboxField {...common} name="needsTransport" label={t('recruitment.fieldTransport')} defaultChecked={defaults.needsTransport} />
        <TextField {...common} name="diet" label={t('recruitment.fieldDiet')} defaultValue={defaults.diet} required={false} />
        <TextField {...common} name="preferredTime" label={t('recruitment.fieldPreferredTime')} defaultValue={defaults.preferredTime} required={false} />
        <TextAreaField {...common} name="needs" rows={2} label={t('recruitment.fieldOtherNeeds')} defaultValue={defaults.needs} required={false} />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('recruitment.compensationLegend')}</legend>
        <TextField
          {...common}
          name="compensation"
          label={t('recruitment.fieldCompensation')}
          description={t('recruitment.fieldCompensationHint')}
          defaultValue={defaults.compensation}
          required={false}
        />
        <CheckboxField {...common} name="compensationPaid" label={t('recruitment.fieldCompensationPaid')} defaultChecked={defaults.compensationPaid} />
        <CheckboxField
          {...common}
          name="consent"
          label={t('recruitment.fieldConsent')}
          description={t('recruitment.fieldConsentHint')}
          defaultChecked={defaults.consent}
        />
      </fieldset>
    </>
  );
}
