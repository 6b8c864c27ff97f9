// Thin wrappers that put NL Design System (Utrecht) class names on plain HTML elements.
import type { ReactNode } from 'react';
import { Link as RouterLink, type LinkProps } from 'react-router';
import { type MessageKey, useT } from '#app/i18n/i18n';
import type { FieldErrors, FormValues } from '#app/utils/forms';

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export function Heading({ level, children, id }: { level: 1 | 2 | 3 | 4; children: ReactNode; id?: string }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`utrecht-heading-${level}`}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead }: { children: ReactNode; lead?: boolean }) {
  return <p className={cx('utrecht-paragraph', lead && 'utrecht-paragraph--lead')}>{children}</p>;
}

export function Link({ className, ...props }: LinkProps) {
  return <RouterLink className={cx('utrecht-link utrecht-link--html-a', className)} {...props} />;
}

export function ButtonLink({ className, appearance = 'secondary', ...props }: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  return <RouterLink className={cx('utrecht-button-link utrecht-button-link--html-a', `utrecht-button-link--${appearance}-action`, className)} {...props} />;
}

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { appearance?: 'primary' | 'secondary' | 'subtle' | 'danger' };
export function Button({ appearance = 'primary', className, type = 'submit', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx(
        'utrecht-button',
        appearance === 'danger'
          ? 'utrecht-button--secondary-action utrecht-button--danger'
          : `utrecht-button--${appearance}${appearance === 'subtle' ? '' : '-action'}`,
        className,
      )}
      {...props}
    />
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

export function Alert({ type = 'info', children }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

/** Shared state of a form: what the action said was wrong and what was typed. */
export type FormState = { errors?: FieldErrors; values?: FormValues } | undefined;

export function valueOf(state: FormState, name: string, fallback: string | number | null | undefined = ''): string {
  const typed = state?.values?.[name];
  if (typeof typed === 'string') return typed;
  return fallback == null ? '' : String(fallback);
}

export function FormErrorSummary({ state }: { state: FormState }) {
  const t = useT();
  if (!state?.errors || Object.keys(state.errors).length === 0) return null;
  return <Alert type="error">{state.errors._form ? t(state.errors._form) : t('common.formHasErrors')}</Alert>;
}

type FieldProps = {
  name: string;
  label: string;
  description?: string;
  state?: FormState;
  defaultValue?: string | number | null;
  required?: boolean;
  /** Lets several forms on one page use the same field name. */
  idPrefix?: string;
};

export function useField({ name, state, idPrefix }: FieldProps) {
  const t = useT();
  const id = `${idPrefix ?? 'f'}-${name}`;
  const errorKey: MessageKey | undefined = state?.errors?.[name];
  const error = errorKey ? t(errorKey) : undefined;
  const describedBy = cx(error && `${id}-error`, `${id}-description`) || undefined;
  return { id, error, describedBy };
}

export function FieldShell({
  id,
  label,
  description,
  error,
  required,
  children,
  kind,
}: {
  id: string;
  label: string;
  description?: string;
  error?: string;
  required?: boolean;
  children: ReactNode;
  kind?: 'checkbox';
}) {
  const t = useT();
  return (
    <div className={cx('utrecht-form-field', kind === 'checkbox' && 'utrecht-form-field--checkbox', error && 'utrecht-form-field--invalid')}>
      <div className="utrecht-form-field__label">
        <label className={cx('utrecht-form-label', kind === 'checkbox' && 'utrecht-form-label--checkbox')} htmlFor={id}>
          {label}
          {required === false ? <span className="spiegel-optional"> {t('common.optional')}</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description" id={`${id}-description`}>
          <div className="utrecht-form-field-description">{description}</div>
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message" id={`${id}-error`}>
          <div className="utrecht-form-field-error-message">{error}</div>
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'date' | 'url' | 'tel' | 'number'; autoComplete?: string; inputMode?: 'numeric' }) {
  const { id, error, describedBy } = useField(props);
  return (
    <FieldShell id={id} label={props.label} description={props.description} error={error} required={props.required}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete}
        className={cx('utrecht-textbox utrecht-textbox--html-input', error && 'utrecht-textbox--invalid')}
        defaultValue={valueOf(props.state, props.name, props.defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={props.description || error ? describedBy : undefined}
        required={props.required}
      />
    </FieldShell>
  );
}

/** `lang` and `dir` are the typed text's language and direction (a translation into Arabic is typed right to left; the label stays Dutch). */
export function TextAreaField(props: FieldProps & { rows?: number; lang?: string; dir?: 'ltr' | 'rtl' }) {
  const { id, error, describedBy } = useField(props);
  return (
    <FieldShell id={id} label={props.label} description={props.description} error={error} required={props.required}>
      <textarea
        id={id}
        name={props.name}
        lang={props.lang}
        dir={props.dir}
        rows={props.rows ?? 4}
        className={cx('utrecht-textarea utrecht-textarea--html-textarea', error && 'utrecht-textarea--invalid')}
        defaultValue={valueOf(props.state, props.name, props.defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={props.description || error ? describedBy : undefined}
        required={props.required}
      />
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  const { id, error, describedBy } = useField(props);
  return (
    <FieldShell id={id} label={props.label} description={props.description} error={error} required={props.required}>
      <select
        id={id}
        name={props.name}
        className={cx('utrecht-select utrecht-select--html-select', error && 'utrecht-select--invalid')}
        defaultValue={valueOf(props.state, props.name, props.defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={props.description || error ? describedBy : undefined}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: Omit<FieldProps, 'defaultValue'> & { defaultChecked?: boolean; value?: string }) {
  const { id, error, describedBy } = useField(props);
  const typed = props.state?.values?.[props.name];
  const checked = props.state?.values ? typed === (props.value ?? 'on') || (Array.isArray(typed) && typed.includes(props.value ?? 'on')) : props.defaultChecked;
  return (
    <FieldShell id={id} label={props.label} description={props.description} error={error} kind="checkbox">
      <input
        id={id}
        type="checkbox"
        name={props.name}
        value={props.value ?? 'on'}
        className="utrecht-checkbox utrecht-checkbox--html-input"
        defaultChecked={checked}
        aria-describedby={props.description || error ? describedBy : undefined}
      />
    </FieldShell>
  );
}

/** A group of radio buttons inside a fieldset with a legend. */
export function RadioGroup(props: FieldProps & { options: { value: string; label: string }[] }) {
  const t = useT();
  const id = `${props.idPrefix ?? 'f'}-${props.name}`;
  const errorKey = props.state?.errors?.[props.name];
  const current = valueOf(props.state, props.name, props.defaultValue);
  return (
    <fieldset
      className={cx('utrecht-form-fieldset utrecht-form-fieldset--html-fieldset', errorKey && 'utrecht-form-fieldset--invalid')}
      aria-describedby={errorKey ? `${id}-error` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{props.label}</legend>
      {props.description ? <div className="utrecht-form-field-description">{props.description}</div> : null}
      {errorKey ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {t(errorKey)}
        </div>
      ) : null}
      {props.options.map((option) => (
        <div className="utrecht-form-field utrecht-form-field--radio" key={option.value}>
          <div className="utrecht-form-field__input">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={props.name}
              value={option.value}
              defaultChecked={current === option.value}
              className="utrecht-radio-button utrecht-radio-button--html-input"
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </fieldset>
  );
}

export function StatusBadge({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'active' | 'done' }) {
  return <span className={`utrecht-badge-status spiegel-badge--${tone}`}>{children}</span>;
}

export function DataList({ items }: { items: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {items.map((item) => (
        <div className="utrecht-data-list__item" key={item.key}>
          <dt className="utrecht-data-list__item-key">{item.key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Text typed in a textarea, shown with its line breaks kept. */
export function MultilineText({ children }: { children: string }) {
  return (
    <p className="utrecht-paragraph" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {children}
    </p>
  );
}

/**
 * A link to a file the server makes (CSV, PDF): a plain link, so the browser downloads it, or shows
 * the page the server answers instead (a refusal, a 403), never a client-side navigation.
 */
export function DownloadLink({ href, label, hint }: { href: string; label: string; hint?: string }) {
  return (
    <Paragraph>
      <a className="utrecht-link utrecht-link--html-a" href={href}>
        {label}
      </a>
      {hint ? (
        <>
          <br />
          <span className="utrecht-form-field-description">{hint}</span>
        </>
      ) : null}
    </Paragraph>
  );
}

/** A read-only field holding a link, so it can be selected and copied on any device, also without JavaScript. */
export function CopyableLink({ id, label, description, value }: { id: string; label: string; description?: string; value: string }) {
  return (
    <FieldShell id={id} label={label} description={description}>
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
    </FieldShell>
  );
}

export type Column<R> = {
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** The cell that names the row (a <th scope="row">). */
  rowHeader?: boolean;
  /** Extra class on the column's cells, e.g. `spiegel-noprint`. */
  className?: string;
};

/**
 * The one table: NL Design System classes, column headers, an optional caption and row headers.
 * Wide tables scroll inside a focusable region so keyboard users can reach every column.
 */
export function Table<R>({
  columns,
  rows,
  rowKey,
  caption,
  testId,
  rowTestId,
  className,
}: {
  columns: Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  caption?: string;
  testId?: string;
  rowTestId?: (row: R) => string;
  className?: string;
}) {
  const cell = (column: Column<R>) => cx('utrecht-table__cell', column.numeric && 'utrecht-table__cell--numeric', column.className);
  const header = (column: Column<R>) => cx('utrecht-table__header-cell', column.numeric && 'utrecht-table__header-cell--numeric', column.className);
  return (
    <div className={cx('utrecht-table-container', className)} role={caption ? 'region' : undefined} aria-label={caption} tabIndex={caption ? 0 : undefined}>
      <table className="utrecht-table utrecht-table--html-table" data-testid={testId}>
        {caption ? <caption className="utrecht-table__caption">{caption}</caption> : null}
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, i) => (
              <th key={i} className={header(column)} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={rowKey(row)} data-testid={rowTestId?.(row)}>
              {columns.map((column, i) =>
                column.rowHeader ? (
                  <th key={i} className={header(column)} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={cell(column)}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A page's frame: the browser tab's title, the one h1 and the lead paragraph. `context` adds to the
 * tab's title only (the trajectory's name); `noindex` keeps personal-link pages out of search engines.
 */
export function Page({
  title,
  context,
  intro,
  lead = true,
  noindex,
  children,
}: {
  title: string;
  context?: string;
  intro?: ReactNode;
  lead?: boolean;
  noindex?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="spiegel-page">
      <title>{[title, context, 'Spiegel'].filter(Boolean).join(' · ')}</title>
      {noindex ? <meta name="robots" content="noindex" /> : null}
      <Heading level={1}>{title}</Heading>
      {intro ? <Paragraph lead={lead}>{intro}</Paragraph> : null}
      {children}
    </div>
  );
}

/** A titled part of a page: a section named by its h2, with an optional intro paragraph. */
export function Section({ id, title, intro, children }: { id: string; title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="spiegel-stack">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </section>
  );
}
