// The organisation's logo (resource route), for its members: the settings page shows it. 404 when there is none.
import { getOrgLogo } from '#app/features/organisations/server/get-org-logo.server';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import type { Route } from './+types/org-logo';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { orgId, actor } = await requireOrg(request, params.org);
  const logo = await getOrgLogo({ orgId, actor });
  // The page asks for it by version (?v=), so a new logo is a new address; private: only members may see it.
  return new Response(new Uint8Array(logo.data), {
    headers: { 'Content-Type': logo.mediaType, 'Cache-Control': 'private, max-age=86400', 'Last-Modified': logo.updatedAt.toUTCString() },
  });
}
