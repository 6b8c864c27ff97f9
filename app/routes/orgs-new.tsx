import { data, Form, redirect, useActionData, useLoaderData } from 'react-router';
import { z } from 'zod';
import { requireUser } from '#app/auth/session.server';
import { Button, FormErrorSummary, Heading, Link, Paragraph, RadioGroup, TextField } from '#app/components/ui';
import { orgKindKey, orgKinds, orgRoleKey } from '#app/features/organisations/domain/labels';
import { isValidSlug, suggestSlug } from '#app/features/organisations/domain/slug';
import { createOrganisation } from '#app/features/organisations/server/create-organisation.server';
import { listMyOrganisations } from '#app/features/organisations/server/require-org.server';
import { useT } from '#app/i18n/i18n';
import { f, parseForm } from '#app/utils/forms';
import type { Route } from './+types/orgs-new';

export async function loader({ request }: Route.LoaderArgs) {
  const user = await requireUser(request);
  return { mine: await listMyOrganisations(user.id) };
}

const ZNewOrg = z.object({
  name: f.required(100),
  kind: f.choice(orgKinds),
  // Empty means "make it from the name".
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === '' || isValidSlug(v), 'validation.slug')
    .default(''),
});

export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const form = await request.formData();
  const parsed = parseForm(ZNewOrg, form);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const slug = parsed.data.slug || suggestSlug(parsed.data.name);
  const created = await createOrganisation({ userId: user.id, name: parsed.data.name, kind: parsed.data.kind, slug });
  if (!created.ok) {
    // Show the address that was tried, so the person can adjust it.
    return data({ ok: false as const, errors: { slug: 'validation.slugTaken' as const }, values: { ...parsed.data, slug } }, { status: 400 });
  }
  throw redirect(`/o/${created.slug}`);
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
  const state = useActionData<typeof action>();
  const t = useT();
  return (
    <div className="spiegel-page">
      <title>{`${t('org.newTitle')} · Spiegel`}</title>
      <Heading level={1}>{t('org.newTitle')}</Heading>
      <Paragraph>{t('org.newIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate onInput={followName}>
        <TextField name="name" label={t('org.nameLabel')} description={t('org.nameHint')} state={state} autoComplete="organization" required />
        <RadioGroup name="kind" label={t('org.kindLabel')} state={state} options={orgKinds.map((kind) => ({ value: kind, label: t(orgKindKey(kind)) }))} />
        <TextField name="slug" label={t('org.slugLabel')} description={t('org.slugHint')} state={state} required={false} />
        <Button>{t('org.create')}</Button>
      </Form>
      {mine.length > 0 ? (
        <section aria-labelledby="my-orgs" className="spiegel-stack">
          <Heading level={2} id="my-orgs">
            {t('org.myOrganisations')}
          </Heading>
          <Paragraph>{t('org.myOrganisationsIntro')}</Paragraph>
          <ul>
            {mine.map((o) => (
              <li key={o.slug}>
                <Link to={`/o/${o.slug}`}>{t('org.roleInOrg', { name: o.name, role: t(orgRoleKey(o.role)) })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
