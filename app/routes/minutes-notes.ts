// Resource route for the minute-taker's offline queue (JSON POSTs) and the live name check.
// Same operations as the page's form; the server's same-origin check applies as to any POST.
import { z } from 'zod';
import { ZNewNote } from '#app/features/minutes/forms';
import { checkMinuteText } from '#app/features/minutes/server/check-minute-text.server';
import { saveMinuteNote } from '#app/features/minutes/server/save-minute-note.server';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/minutes-notes';

export function loader() {
  notFound();
}

const ZCheck = z.object({
  intent: z.literal('check'),
  summary: z.string().max(5000).default(''),
  quotes: z.string().max(5000).default(''),
});

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params);
  const scope = {
    orgId: ctx.orgId,
    actor: ctx.actor,
    trajectoryId: ctx.trajectory.id,
  };
  const body: unknown = await request.json().catch(() => null);
  const check = ZCheck.safeParse(body);
  if (check.success) {
    return Response.json({
      leaks: await checkMinuteText({
        ...scope,
        texts: [check.data.summary, ...check.data.quotes.split('\n')],
      }),
    });
  }
  const parsed = ZNewNote.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, reason: 'invalid' }, { status: 400 });
  const result = await saveMinuteNote({ ...scope, note: parsed.data });
  // 422: the text names a participant; retrying the same text cannot help.
  return Response.json(result, { status: result.ok ? 200 : 422 });
}
