import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { Button } from '#app/components/ui';

/**
 * One button of the console as a plain form: works without JavaScript. Every press carries the
 * version of the state it was made on, so a press on an outdated screen is refused.
 */
export function ConsoleButton({
  intent,
  version,
  fields = {},
  children,
  label,
  appearance = 'primary',
}: {
  intent: string;
  version: number;
  fields?: Record<string, string>;
  children: ReactNode;
  label?: string;
  appearance?: 'primary' | 'secondary' | 'subtle' | 'danger';
}) {
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="expectedVersion" value={version} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button appearance={appearance} aria-label={label}>
        {children}
      </Button>
    </Form>
  );
}
