// Radio buttons for the method variant, each with a one-line hint on what differs.
import type { FormState } from '#app/components/ui';
import { valueOf } from '#app/components/ui';
import { variants } from '#app/features/trajectory/domain/variants';
import { useT } from '#app/i18n/i18n';
import { variantHint, variantLabel } from './labels';

export function VariantRadios({ state, defaultValue }: { state?: FormState; defaultValue: string }) {
  const t = useT();
  const errorKey = state?.errors?.variant;
  const current = valueOf(state, 'variant', defaultValue);
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${errorKey ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={errorKey ? 'f-variant-error' : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('trajectory.fieldVariant')}</legend>
      {errorKey ? (
        <div className="utrecht-form-field-error-message" id="f-variant-error">
          {t(errorKey)}
        </div>
      ) : null}
      {variants.map((variant) => (
        <div className="utrecht-form-field utrecht-form-field--radio" key={variant}>
          <div className="utrecht-form-field__input">
            <input
              type="radio"
              id={`f-variant-${variant}`}
              name="variant"
              value={variant}
              defaultChecked={current === variant}
              aria-describedby={`f-variant-${variant}-hint`}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`f-variant-${variant}`}>
              {t(variantLabel[variant])}
            </label>
          </div>
          <div className="utrecht-form-field__description" id={`f-variant-${variant}-hint`}>
            <div className="utrecht-form-field-description">{t(variantHint[variant])}</div>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
