// The page of a refused request (429): the server's rate limit sends a refused page load or form
// post here (server/limits.ts), so it is the app's own page, in the visitor's language.
import { data, useLoaderData } from 'react-router';
import { TooManyRequests } from '#app/components/too-many-requests';
import { notFound } from '#app/utils/http.server';
import { decodeRefusal } from '#app/utils/refusal';
import type { Route } from './+types/too-many-requests';

// Plain HTML: the browser's address is the refused page's, not this route's, so a client router
// would hydrate the wrong route.
export const handle = { hydrate: false };

export function loader({ request }: Route.LoaderArgs) {
  // Set by the server for a request it refused, never taken from a client (it drops theirs).
  const detail = decodeRefusal(request.headers.get('x-spiegel-refused'));
  if (!detail) notFound();
  return data(detail, { status: 429 });
}

export default function TooManyRequestsPage() {
  return <TooManyRequests detail={useLoaderData<typeof loader>()} />;
}
