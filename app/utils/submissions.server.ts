// Submission keys (issue 13): a create form carries a random key in a hidden field
// (`SubmissionKey`, app/components/submission-key.tsx); the operation stores the key in the same
// transaction as the row it creates (`once`). A double click, a retry after a lost answer, or ten
// identical submissions at once create one row: the database's primary key on the key decides,
// and the others wait for the first transaction and answer what it answered.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { formSubmissions } from '#app/db/schema';
import { aroundOperations, SUBMISSION_FIELD } from './forms';
import { RuleError } from './rule-error';

const KEY = /^[A-Za-z0-9-]{16,64}$/;
type Submission = { key: string; fingerprint: string };
const current = new AsyncLocalStorage<Submission>();

/** Runs `run` with the form's submission key (if it carries a valid one) and a hash of what was sent. */
export function withSubmission<T>(form: FormData, input: unknown, run: () => Promise<T>): Promise<T> {
  const key = form.get(SUBMISSION_FIELD);
  if (typeof key !== 'string' || !KEY.test(key)) return run();
  const fingerprint = createHash('sha256')
    .update(JSON.stringify(input ?? null))
    .digest('base64url');
  return current.run({ key, fingerprint }, run);
}

// handleForm (app/utils/forms.ts, shared with the browser) runs every operation through this.
aroundOperations(withSubmission);

/**
 * Creates once per submission key, inside the operation's transaction: claims the key (organisation,
 * operation, key), then creates and stores the answer with it. The same key again (a retry, or a
 * submission waiting on the first one's transaction) answers the stored answer and creates nothing;
 * the same key with other content is a RuleError (409). Without a key (jobs, tests, other callers)
 * it simply creates. The answer is kept as JSON: ids and plain values, no Dates.
 */
export async function once<T>(tx: Tx, orgId: string, operation: string, create: () => Promise<T>): Promise<T> {
  const submission = current.getStore();
  if (!submission) return create();
  const { key, fingerprint } = submission;
  const mine = and(eq(formSubmissions.orgId, orgId), eq(formSubmissions.operation, operation), eq(formSubmissions.key, key));
  const claimed = await tx.insert(formSubmissions).values({ orgId, operation, key, fingerprint }).onConflictDoNothing().returning({ key: formSubmissions.key });
  if (claimed.length === 0) {
    const [first] = await tx.select({ fingerprint: formSubmissions.fingerprint, answer: formSubmissions.answer }).from(formSubmissions).where(mine);
    if (!first || first.fingerprint !== fingerprint) throw new RuleError('validation.submissionReused');
    return (first.answer as { value: T } | null)?.value as T;
  }
  const value = await create();
  await tx.update(formSubmissions).set({ answer: { value } }).where(mine);
  return value;
}
