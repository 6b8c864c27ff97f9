// A group of checkboxes inside a fieldset with a legend (NL Design System classes).
import type { ReactNode } from 'react';

export function Fieldset({
  legend,
  invalid,
  describedBy,
  testId,
  children,
}: {
  legend: string;
  invalid?: boolean;
  describedBy?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${invalid ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy}
      data-testid={testId}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
