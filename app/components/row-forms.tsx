// Forms for the rows of a list that people may change: the fields of one row, and its edit and remove forms.
import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { Button, FormErrorSummary, type FormState, Paragraph } from './ui';

/**
 * `<details>` with the edit form (the row's fields as children) and the remove form; it opens by
 * itself when the edit came back with errors. Both forms post `intent` and the row's id
 * (`target`), so the answer lands next to this row.
 */
export function EditOrRemove({
  summary,
  state,
  target,
  edit,
  remove,
  children,
}: {
  summary: string;
  state: FormState;
  target: { name: string; value: string };
  edit: { intent: string; label: string };
  remove: { intent: string; label: string; hint: string };
  children: ReactNode;
}) {
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={target.name} value={target.value} />
    </>
  );
  return (
    <details open={!!state}>
      <summary>{summary}</summary>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate preventScrollReset>
        {hidden(edit.intent)}
        {children}
        <Button>{edit.label}</Button>
      </Form>
      <Form method="post" className="spiegel-stack" preventScrollReset>
        {hidden(remove.intent)}
        <Paragraph>{remove.hint}</Paragraph>
        <Button appearance="danger">{remove.label}</Button>
      </Form>
    </details>
  );
}

/**
 * The props every field of a row's form repeats: its name, the form's answer, the row's id
 * prefix (several forms on one page) and the row's saved value.
 */
export const bindFields =
  <V extends Record<string, unknown>>(state: FormState, idPrefix: string, values?: V) =>
  (name: keyof V & string) => ({ name, state, idPrefix, defaultValue: (values?.[name] as string | undefined) ?? '' });

/** A select's options: "choose …" first (empty), then the choices with their labels. */
export const choiceOptions = <T extends string>(choose: string, choices: readonly T[], labelOf: (choice: T) => string) => [
  { value: '', label: choose },
  ...choices.map((value) => ({ value, label: labelOf(value) })),
];
