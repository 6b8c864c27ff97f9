// The API's reference, rendered from its OpenAPI document: one section per endpoint with its
// parameters, body and answers, as tables. Server-rendered; no JavaScript needed.
import { Link, Paragraph, Section, StatusBadge, Table } from '#app/components/ui';
import { useT } from '#app/i18n/i18n';

type Schema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
};
type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: { name: string; in: string; required: boolean; description?: string; schema: Schema }[];
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, { description?: string; content?: { 'application/json': { schema: Schema } } }>;
};
export type ReferenceDocument = { servers: { url: string }[]; paths: Record<string, Record<string, Operation>> };

type Row = { name: string; type: string; required: boolean; description: string };

function typeOf(schema: Schema): string {
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (schema.type === 'array') return `${schema.items ? typeOf(schema.items) : 'any'}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  return schema.format ? `${type} (${schema.format})` : type;
}

/** The fields of an object schema, nested objects and lists of objects flattened with dotted names. */
export function fieldRows(schema: Schema, prefix = ''): Row[] {
  const rows: Row[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const full = `${prefix}${name}`;
    const element = field.type === 'array' ? field.items : field.type === 'object' ? field : undefined;
    rows.push({
      name: full,
      type: element?.properties ? (field.type === 'array' ? 'object[]' : 'object') : typeOf(field),
      required: !!schema.required?.includes(name),
      description: field.description ?? '',
    });
    if (element?.properties) rows.push(...fieldRows(element, field.type === 'array' ? `${full}[].` : `${full}.`));
  }
  return rows;
}

function Fields({ rows, caption }: { rows: Row[]; caption: string }) {
  const t = useT();
  return (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(row) => row.name}
      columns={[
        { header: t('api.docsField'), cell: (row) => <code>{row.name}</code>, rowHeader: true },
        { header: t('api.docsType'), cell: (row) => <code>{row.type}</code> },
        { header: t('api.docsRequired'), cell: (row) => (row.required ? t('api.docsYes') : t('api.docsNo')) },
        { header: t('api.docsDescription'), cell: (row) => row.description },
      ]}
    />
  );
}

function Endpoint({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const t = useT();
  const id = `op-${operation.operationId}`;
  const params = operation.parameters.map((p) => ({
    name: p.name,
    type: `${typeOf(p.schema)} (${p.in})`,
    required: p.required,
    description: p.description ?? '',
  }));
  const body = operation.requestBody?.content['application/json'].schema;
  const ok = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
  const okSchema = ok?.[1].content?.['application/json'].schema;
  return (
    <Section id={id} title={operation.summary}>
      <Paragraph>
        <code>
          {method.toUpperCase()} {path}
        </code>{' '}
        <StatusBadge tone={operation.tags.includes('Change') ? 'active' : 'neutral'}>
          {operation.tags.includes('Change') ? t('api.docsScopeWrite') : t('api.docsScopeRead')}
        </StatusBadge>
      </Paragraph>
      <Paragraph>{operation.description}</Paragraph>
      <Fields rows={params} caption={`${t('api.docsParameters')}: ${operation.summary}`} />
      {body ? <Fields rows={fieldRows(body)} caption={`${t('api.docsBody')}: ${operation.summary}`} /> : null}
      {ok && okSchema ? <Fields rows={fieldRows(okSchema)} caption={`${t('api.docsResponses')} ${ok[0]}: ${operation.summary}`} /> : null}
      <Table
        caption={`${t('api.docsResponses')}: ${operation.summary}`}
        rows={Object.entries(operation.responses)}
        rowKey={([status]) => status}
        columns={[
          { header: t('api.docsStatus'), cell: ([status]) => status, rowHeader: true },
          { header: t('api.docsDescription'), cell: ([, response]) => response.description ?? '' },
        ]}
      />
    </Section>
  );
}

export function ApiReference({ document }: { document: ReferenceDocument }) {
  const t = useT();
  const all = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })));
  return (
    <>
      <nav aria-label={t('api.docsContents')}>
        <ul className="utrecht-unordered-list">
          {all.map(({ path, method, operation }) => (
            <li key={`${method} ${path}`} className="utrecht-unordered-list__item">
              <Link to={`#op-${operation.operationId}`}>{operation.summary}</Link> <code>{method.toUpperCase()}</code>
            </li>
          ))}
        </ul>
      </nav>
      {Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => <Endpoint key={`${method} ${path}`} method={method} path={path} operation={operation} />),
      )}
    </>
  );
}
