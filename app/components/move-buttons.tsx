// The one pair of "move up" / "move down" buttons for ordered lists (chosen questions, program
// blocks, the console's seats and queue). Plain form posts, so they work without JavaScript.
import { Fragment } from 'react';
import { Form } from 'react-router';
import { Button } from './ui';

export type Direction = 'up' | 'down';

type Props = {
  /** One intent for both buttons (the direction goes along as `direction`), or an intent per direction. */
  intent: string | Record<Direction, string>;
  /**
   * Hidden fields naming what moves (e.g. `{ questionId }`): each button then posts a small form of
   * its own. Without them the buttons submit the form they sit in.
   */
  fields?: Record<string, string>;
  /** Which buttons to show: none up for the first item, none down for the last. */
  up: boolean;
  down: boolean;
  /** The buttons' texts, and optionally fuller accessible names ("Question 3 up"). */
  text: Record<Direction, string>;
  labels?: Partial<Record<Direction, string>>;
};

export function MoveButtons({ intent, fields, up, down, text, labels }: Props) {
  const directions = (['up', 'down'] as const).filter((d) => (d === 'up' ? up : down));
  return (
    <>
      {directions.map((direction) => {
        const intentValue = typeof intent === 'string' ? intent : intent[direction];
        const button = (name: string | undefined, value: string | undefined) => (
          <Button appearance="secondary" name={name} value={value} aria-label={labels?.[direction]}>
            {text[direction]}
          </Button>
        );
        if (!fields) return <Fragment key={direction}>{typeof intent === 'string' ? button('direction', direction) : button('intent', intentValue)}</Fragment>;
        return (
          <Form method="post" preventScrollReset key={direction}>
            <input type="hidden" name="intent" value={intentValue} />
            {Object.entries(fields).map(([name, value]) => (
              <input type="hidden" name={name} value={value} key={name} />
            ))}
            {typeof intent === 'string' ? <input type="hidden" name="direction" value={direction} /> : null}
            {button(undefined, undefined)}
          </Form>
        );
      })}
    </>
  );
}
