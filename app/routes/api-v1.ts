// The JSON API (I1), every endpoint below /api/v1: authenticated by a bearer token only.
import { handleApiRequest } from '#app/features/api/handle-api-request.server';
import type { Route } from './+types/api-v1';

export const loader = ({ request, params }: Route.LoaderArgs) => handleApiRequest(request, params['*'] ?? '');
export const action = ({ request, params }: Route.ActionArgs) => handleApiRequest(request, params['*'] ?? '');
