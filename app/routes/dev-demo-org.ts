// Development only: a fresh copy of the demo organisation, with a slug and e-mail addresses of its
// own, so each browser journey works in an organisation nobody else touches. Served exactly when
// the development outbox is (no SMTP, not in production, this machine only); a POST, so the same-origin check applies.
import { seedFreshDemo } from '#app/features/demo/server/seed-demo.server';
import { config } from '#app/utils/config.server';
import { fromThisMachine, notFound } from '#app/utils/http.server';

export async function loader() {
  notFound();
}

export async function action({ request }: { request: Request }) {
  if (!config.outboxEnabled || !fromThisMachine(request)) notFound();
  return Response.json(await seedFreshDemo(), { status: 201 });
}
