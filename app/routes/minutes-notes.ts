// Resource route for the minute-taker's offline queue (JSON POSTs) and the live name check.
// Same operations as the page's form; the server's same-origin check applies as to any POST.
import { parseQuotes } from '#app/features/minutes/domain/notes';
import { ZCheckText, ZNewNote } from '#app/features/minutes/forms';
import { checkMinuteText } from '#app/features/minutes/server/check-minute-text.server';
import { saveMinuteNote } from '#app/features/minutes/server/save-minute-note.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { hasControlChars } from '#app/utils/forms';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import type { Route } from './+types/minutes-notes';

export function loader() {
  notFound();
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope } = await requireTrajectory(request, params);
  const body: unknown = await request.json().catch(() => null);
  // JSON skips parseForm, so its text fields get the same control-character check here.
  if (body && typeof body === 'object' && Object.values(body).some((v) => [v].flat().some((s) => typeof s === 'string' && hasControlChars(s)))) {
    return Response.json({ ok: false, errors: { _form: 'validation.controlChars' } }, { status: 400 });
  }
  const check = ZCheckText.safeParse(body);
  if (check.success) return Response.json({ leaks: await checkMinuteText({ ...scope, texts: [check.data.summary, ...check.data.quotes.split('\n')] }) });
  const parsed = ZNewNote.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, errors: { _form: 'validation.invalid' } }, { status: 400 });
  try {
    return Response.json({ ok: true, ...(await saveMinuteNote({ ...scope, ...parsed.data })) });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    // 422: the parent said no to the minutes; retrying cannot help either. The queue shows why.
    if (error.messageKey === 'minutes.consentRefused') return Response.json({ ok: false, leaks: [], errors: { _form: error.messageKey } }, { status: 422 });
    if (error.messageKey !== 'minutes.leakField') return Response.json({ ok: false, errors: { _form: error.messageKey } }, { status: 409 });
    // 422: the text names a participant; retrying the same text cannot help.
    const leaks = await checkMinuteText({ ...scope, texts: [parsed.data.summary, ...parseQuotes(parsed.data.quotes)] });
    return Response.json({ ok: false, leaks }, { status: 422 });
  }
}
