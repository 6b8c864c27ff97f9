// The API's OpenAPI 3.1 document, generated from its Zod schemas.
import { openApiDocument } from '#app/features/api/openapi';
import type { Route } from './+types/api-openapi';

export function loader({ request }: Route.LoaderArgs) {
  return Response.json(openApiDocument(new URL(request.url).origin), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
