import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { requireUser } from '#app/auth/session.server';
import { Button, FormErrorSummary, Link, RadioGroup, TextField, Page, Section } from '#app/components/ui';
import { orgKindKey, orgKinds, orgRoleKey } from '#app/features/organisations/domain/labels';
import { suggestSlug } from '#app/features/organisations/domain/slug';
import { ZNewOrg } from '#app/features/organisations/forms';
import { createOrganisation } from '#app/features/organisations/server/create-organisation.server';
import { listMyOrganisations } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/orgs-new';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { mine: await listMyOrganisations(user.id) };
}

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  return handleForm(form, ZNewOrg, async ({ name, kind, slug: typed }) => {
    const slug = typed || suggestSlug(name);
    // A refused address is shown as it was tried, so the person can adjust it.
    form.set('slug', slug);
    const created = await createOrganisation({ userId: user.id, name, kind, slug });
    throw redirect(`/o/${created.slug}`);
  });
}

/** With JavaScript, the short address follows the name until the person edits it themselves. */
function followName(event: React.FormEvent<HTMLFormElement>) {
  const form = event.currentTarget;
  const target = event.target as HTMLInputElement;
  const slug = form.elements.namedItem('slug');
  if (!(slug instanceof HTMLInputElement)) return;
  if (target === slug) {
    slug.dataset.edited = slug.value ? 'true' : '';
  } else if (target.name === 'name' && !slug.dataset.edited) {
    slug.value = target.value.trim() ? suggestSlug(target.value) : '';
  }
}

export default function NewOrganisation() {
  const { mine } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && !result.ok ? result : undefined;
  const t = useT();
  return (
    <Page title={t('org.newTitle')} intro={t('org.newIntro')} lead={false}>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate onInput={followName}>
        <TextField name="name" label={t('org.nameLabel')} description={t('org.nameHint')} state={state} autoComplete="organization" required />
        <RadioGroup name="kind" label={t('org.kindLabel')} state={state} options={orgKinds.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))} />
        <TextField name="slug" label={t('org.slugLabel')} description={t('org.slugHint')} state={state} required={false} />
        <Button>{t('org.create')}</Button>
      </Form>
      {mine.length > 0 ? (
        <Section id="my-orgs" title={t('org.myOrganisations')} intro={t('org.myOrganisationsIntro')}>
          <ul>
            {mine.map((o) => (
              <li key={o.slug}>
                <Link to={`/o/${o.slug}`}>{t('org.roleInOrg', { name: o.name, role: t(orgRoleKey(o.role)) })}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Page>
  );
}
