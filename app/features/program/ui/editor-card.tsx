import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { ButtonGroup } from '#app/components/ui';

/** One row of an editable list (a program block, a run-sheet task): its own form with the row's id, fields under a legend, and buttons. */
export function EditorCard({
  testId,
  idField,
  legend,
  buttons,
  children,
}: {
  testId: string;
  /** The hidden field naming the row, e.g. `{ name: 'blockId', value: block.id }`. */
  idField: { name: string; value: string };
  legend: ReactNode;
  buttons: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className="spiegel-card program-block-card" data-testid={testId}>
      <Form method="post" className="spiegel-stack" noValidate>
        <input type="hidden" name={idField.name} value={idField.value} />
        <fieldset className="spiegel-stack">
          <legend>{legend}</legend>
          {children}
        </fieldset>
        <ButtonGroup>{buttons}</ButtonGroup>
      </Form>
    </li>
  );
}
