/** A read-only field holding a link, so it can be selected and copied on any device, also without JavaScript. */
export function CopyableLink({ id, label, description, value }: { id: string; label: string; description?: string; value: string }) {
  return (
    <div className="utrecht-form-field">
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description" id={`${id}-description`}>
          <div className="utrecht-form-field-description">{description}</div>
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="text"
          readOnly
          value={value}
          className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only"
          aria-describedby={description ? `${id}-description` : undefined}
          onFocus={(event) => event.currentTarget.select()}
          style={{ inlineSize: '100%' }}
        />
      </div>
    </div>
  );
}
