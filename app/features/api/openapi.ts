// The OpenAPI 3.1 document of the JSON API, generated from the endpoint list and its Zod schemas.
import { z } from 'zod';
import { API_BASE, type Endpoint, endpoints } from './endpoints';
import { ZApiError } from './schemas';

type JsonSchema = Record<string, unknown>;

/** A Zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), inline, without its own $schema. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const errorDescriptions: Record<number, string> = {
  400: 'The body or a parameter is not valid; `issues` says what.',
  401: 'No token, an unknown token or a revoked one.',
  403: 'A read token asked to change something, or the token’s member may not do this (the same rules as the screens).',
  404: 'Not there, or not in the token’s organisation.',
  409: 'Not allowed now (for example a stopped action without a reason); `field` says which field.',
  429: 'Too many requests for this token, or too many failed authentications (401) from this address; the Retry-After header says after how many seconds to try again.',
};

const pathParameters: Record<string, string> = {
  org: 'The organisation’s short name as in its address (/o/{org}); it must be the token’s organisation.',
  tid: 'The trajectory’s id.',
  aid: 'The action’s id.',
};

function operation(operationId: string, endpoint: Endpoint) {
  const error = { content: { 'application/json': { schema: jsonSchema(ZApiError) } } };
  const responses: Record<string, unknown> = {
    [endpoint.status]: { description: 'OK', content: { 'application/json': { schema: jsonSchema(endpoint.response) } } },
  };
  for (const status of [...endpoint.errors, 401, 429].sort()) responses[status] = { description: errorDescriptions[status], ...error };
  return {
    operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    tags: [endpoint.scope === 'write' ? 'Change' : 'Read'],
    security: [{ bearer: [endpoint.scope] }],
    parameters: [
      ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        description: pathParameters[name!],
        schema: name === 'org' ? { type: 'string' } : { type: 'string', format: 'uuid' },
      })),
      ...(endpoint.method === 'post'
        ? [
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: '16–64 letters, digits or dashes: a retry with the same key adds nothing twice.',
              schema: { type: 'string', pattern: '^[A-Za-z0-9-]{16,64}$' },
            },
          ]
        : []),
    ],
    ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } } } } : {}),
    responses,
  };
}

/** The document served at /api/openapi.json. */
export function openApiDocument(origin = '') {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(operationId, endpoint);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Spiegel API',
      version: '1.0.0',
      description:
        'Read trajectories, meetings, listeners and the change agenda of your organisation, and update the change agenda from your own tools. ' +
        'Every request carries a personal access token (Authorization: Bearer spg_…) that a member makes under “API-sleutels”; it acts as that member, with the same permissions as on the screens.',
    },
    servers: [{ url: `${origin}${API_BASE}` }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (spg_…), with scope read or write.' },
      },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
