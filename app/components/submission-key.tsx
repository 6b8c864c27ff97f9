// The hidden field that makes a create form idempotent (issue 13): the server stores the key with
// the row it creates (`once`, app/utils/submissions.server.ts), so a double click or a retry
// creates one row. Without JavaScript the key comes with the page (the root loader makes one per
// page); with it, every form gets its own, and a new one once an answer has come back.
import { useEffect, useRef } from 'react';
import { useActionData, useRouteLoaderData } from 'react-router';
import { SUBMISSION_FIELD } from '#app/utils/forms';

/** A new random key. crypto.randomUUID needs a secure context; getRandomValues does not. */
export function newSubmissionKey(fallback: string): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  if (typeof c?.getRandomValues === 'function') return Array.from(c.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  return fallback;
}

/**
 * Put inside every form that creates something. `answer`: what the form's own submission answered
 * when it posts through a fetcher (the page's action data otherwise).
 */
export function SubmissionKey({ answer }: { answer?: unknown }) {
  const pageKey = useRouteLoaderData<{ submissionKey?: string }>('root')?.submissionKey ?? '';
  const actionData = useActionData();
  const ref = useRef<HTMLInputElement>(null);
  // After hydration, and after every answer: the next submission is a new one. A second click
  // before the answer is in sends the same key, and the server creates nothing twice.
  useEffect(() => {
    if (ref.current) ref.current.value = newSubmissionKey(ref.current.value);
  }, [actionData, answer]);
  return <input ref={ref} type="hidden" name={SUBMISSION_FIELD} defaultValue={pageKey} />;
}
