import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { Button } from '#app/components/ui';
import { SHORTCUT_KEYS, type ShortcutIntent } from '../domain/shortcuts';

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
  shortcut,
}: {
  intent: string;
  version: number;
  fields?: Record<string, string>;
  children: ReactNode;
  label?: string;
  appearance?: 'primary' | 'secondary' | 'subtle' | 'danger';
  /** The keyboard shortcut that presses this button (console-shortcuts.tsx). */
  shortcut?: ShortcutIntent;
}) {
  return (
    <Form method="post" preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="expectedVersion" value={version} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button appearance={appearance} aria-label={label} data-shortcut={shortcut} aria-keyshortcuts={shortcut ? SHORTCUT_KEYS[shortcut].join(' ') : undefined}>
        {children}
      </Button>
    </Form>
  );
}
