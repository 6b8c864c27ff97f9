// A member's own API tokens in this organisation (I1): create (shown once), list, revoke.
import { Form, useActionData, useLoaderData } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Alert, Button, CopyableLink, FormErrorSummary, Link, Page, Paragraph, RadioGroup, Section, Table, TextField } from '#app/components/ui';
import { ZApiTokenForms } from '#app/features/api/forms';
import { createApiToken } from '#app/features/api/server/create-api-token.server';
import { listApiTokens } from '#app/features/api/server/list-api-tokens.server';
import { revokeApiToken } from '#app/features/api/server/revoke-api-token.server';
import { requireOrg } from '#app/features/organisations/server/require-org.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { handleForm, stateFor, succeeded } from '#app/utils/forms';
import type { Route } from './+types/api-tokens';

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireOrg(request, params.org);
  return { tokens: await listApiTokens(ctx) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireOrg(request, params.org);
  return handleForm(await request.formData(), ZApiTokenForms, async (input) => {
    if (input.intent === 'create') return createApiToken({ ...ctx, name: input.name, scope: input.scope });
    await revokeApiToken({ ...ctx, tokenId: input.tokenId });
    return null;
  });
}

export default function ApiTokens() {
  const { tokens } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const created = succeeded(result, 'create') && result?.ok ? result.value : null;
  const scopeLabel = { read: t('api.scopeRead'), write: t('api.scopeWrite') };
  return (
    <Page title={t('api.tokensTitle')} intro={t('api.tokensIntro')}>
      <Paragraph>
        <Link to="/api">{t('api.docsLink')}</Link>
      </Paragraph>
      {created?.token ? (
        <Section id="created-token" title={t('api.createdTitle')}>
          <Alert type="warning">{t('api.createdOnce')}</Alert>
          <CopyableLink id="new-token" label={t('api.tokenLabel')} value={created.token} />
        </Section>
      ) : created ? (
        <Alert type="info">{t('api.createdAgain')}</Alert>
      ) : null}
      {succeeded(result, 'revoke') ? <Alert type="ok">{t('api.revokedDone')}</Alert> : null}
      <Section id="tokens" title={t('api.listTitle')}>
        {tokens.length === 0 ? (
          <Paragraph>{t('api.none')}</Paragraph>
        ) : (
          <Table
            testId="api-tokens"
            rows={tokens}
            rowKey={(token) => token.id}
            columns={[
              { header: t('api.colName'), cell: (token) => token.name, rowHeader: true },
              { header: t('api.colScope'), cell: (token) => scopeLabel[token.scope] },
              { header: t('api.colCreated'), cell: (token) => formatDate(token.createdAt, locale, true) },
              { header: t('api.colLastUsed'), cell: (token) => (token.lastUsedAt ? formatDate(token.lastUsedAt, locale, true) : t('api.neverUsed')) },
              {
                header: t('api.colStatus'),
                cell: (token) =>
                  token.revokedAt ? (
                    t('api.revoked', { when: formatDate(token.revokedAt, locale, true) })
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="tokenId" value={token.id} />
                      {t('api.active')}{' '}
                      <Button appearance="secondary" aria-label={t('api.revokeLabel', { name: token.name })}>
                        {t('api.revoke')}
                      </Button>
                    </Form>
                  ),
              },
            ]}
          />
        )}
      </Section>
      <Section id="create-token" title={t('api.createTitle')}>
        <FormErrorSummary state={stateFor(result, 'create')} />
        <Form method="post" className="spiegel-stack">
          <SubmissionKey />
          <input type="hidden" name="intent" value="create" />
          <TextField name="name" label={t('api.nameLabel')} description={t('api.nameHint')} state={stateFor(result, 'create')} />
          <RadioGroup
            name="scope"
            label={t('api.scopeLabel')}
            defaultValue="read"
            state={stateFor(result, 'create')}
            options={[
              { value: 'read', label: scopeLabel.read },
              { value: 'write', label: scopeLabel.write },
            ]}
          />
          <Button>{t('api.create')}</Button>
        </Form>
      </Section>
    </Page>
  );
}
