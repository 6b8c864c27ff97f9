// Resource route: a person's own calendar feed, /calendar/<token>.ics, subscribed to from a calendar app.
import { getCalendarFeed } from '#app/features/calendar/server/get-calendar-feed.server';
import { notFound } from '#app/utils/http.server';
import type { Route } from './+types/calendar-feed';

export async function loader({ params }: Route.LoaderArgs) {
  const token = /^(.+)\.ics$/.exec(params.file ?? '')?.[1] ?? notFound();
  return new Response(await getCalendarFeed({ token }), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="spiegel.ics"',
      // Private: the address is the key. Calendar apps poll; five minutes is fresh enough.
      'Cache-Control': 'private, max-age=300',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
