// Dots on one idea for one criterion: "−" and "+" post the new absolute number, so a press that is
// sent twice changes nothing, and the last press wins when someone taps quickly.
import { useEffect, useRef } from 'react';
import { useActionData, useFetcher } from 'react-router';
import { Alert } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';
import type { OwnVote } from '../domain/live';
import type { VoteCriterion } from '../domain/types';
import { type ActionResult, criterionLabel, freshKey } from './board-ui';

export function VoteControl({
  ideaId,
  ideaText,
  criterion,
  mine,
  idemKey,
  onVoted,
}: {
  ideaId: string;
  ideaText: string;
  criterion: VoteCriterion;
  mine: number;
  idemKey: string;
  /** Hears each answered vote: the page shows its own dots from the answers, without a reload. */
  onVoted?: (vote: OwnVote) => void;
}) {
  const t = useT();
  const fetcher = useFetcher<ActionResult>();
  const actionData = useActionData() as ActionResult | undefined;
  const pending = fetcher.formData ? Number(fetcher.formData.get('dots')) : null;
  const current = pending ?? mine;
  const target = `${ideaId}:${criterion}`;
  const own = fetcher.data ?? (actionData?.intent === 'vote' && actionData.target === ideaId && !fetcher.data ? actionData : undefined);
  const error = own && !own.ok ? own.errors?._form : undefined;
  const reported = useRef<unknown>(null);
  const latestOnVoted = useRef(onVoted);
  useEffect(() => {
    latestOnVoted.current = onVoted;
  });
  useEffect(() => {
    if (fetcher.state === 'submitting' || !fetcher.data?.ok || reported.current === fetcher.data) return;
    reported.current = fetcher.data;
    latestOnVoted.current?.(fetcher.data.value as OwnVote);
  }, [fetcher.state, fetcher.data]);
  const label = criterionLabel(t, criterion);
  return (
    <fetcher.Form
      method="post"
      preventScrollReset
      className="board-vote"
      data-testid="vote-control"
      data-target={target}
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem('key');
        if (input instanceof HTMLInputElement) input.value = freshKey(idemKey);
      }}
    >
      <input type="hidden" name="intent" value="vote" />
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="criterion" value={criterion} />
      <input type="hidden" name="key" defaultValue={idemKey} />
      <span className="board-vote__label">{label}</span>
      <button
        type="submit"
        name="dots"
        value={Math.max(0, current - 1)}
        className="utrecht-button utrecht-button--secondary-action board-vote__button"
        aria-label={t('board.dotRemoveLabel', { idea: ideaText, criterion: label })}
        disabled={current === 0}
      >
        −
      </button>
      <output className="board-vote__mine" aria-live="polite" data-testid="my-dots">
        {t('board.myDots', { count: current })}
      </output>
      <button
        type="submit"
        name="dots"
        value={current + 1}
        className="utrecht-button utrecht-button--primary-action board-vote__button"
        aria-label={t('board.dotAddLabel', { idea: ideaText, criterion: label })}
      >
        +
      </button>
      {error ? (
        <div className="board-vote__error">
          <Alert type="error">{t(error)}</Alert>
        </div>
      ) : null}
    </fetcher.Form>
  );
}
