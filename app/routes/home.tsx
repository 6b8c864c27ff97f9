import { redirect } from 'react-router';
import { requireUser } from '#app/auth/session.server';
import { listMyOrganisations } from '#app/features/organisations/server/require-org.server';
import type { Route } from './+types/home';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  const [first] = await listMyOrganisations(user.id);
  throw redirect(first ? `/o/${first.slug}` : '/orgs/new');
}
