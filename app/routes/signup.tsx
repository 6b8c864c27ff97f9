// The public sign-up page behind the flyer's QR code: no account, no JavaScript needed, phone first.
import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, CheckboxField, FormErrorSummary, type FormState, Heading, Paragraph, RadioGroup, TextField, valueOf, Page } from '#app/components/ui';
import { HONEYPOT_FIELD } from '#app/features/materials/domain/signup-guard';
import { SIGNUP_KINDS, ZSignup } from '#app/features/materials/forms';
import { getSignupPage } from '#app/features/materials/server/get-signup-page.server';
import { submitSignup } from '#app/features/materials/server/submit-signup.server';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { Invitation, SignupLanguages, SignupThanks } from '#app/features/materials/ui/signup-sections';
import { useI18n } from '#app/i18n/i18n';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/signup';

// A public page for parents on their phones: plain HTML forms, no JavaScript download.
export const handle = { hydrate: false };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const page = await getSignupPage({ code: params.code, language: search.get('lang') });
  const thanks = search.get('thanks');
  return { ...page, thanks: thanks === 'contact' ? ('contact' as const) : thanks ? ('phone' as const) : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData();
  // Unknown code: 404 before anything else.
  const page = await getSignupPage({ code: params.code, language: String(form.get('lang') ?? '') });
  return handleForm(form, ZSignup, async (input) => {
    await submitSignup({
      code: params.code,
      input,
      honeypot: form.get(HONEYPOT_FIELD),
      startedAt: String(form.get('startedAt') ?? ''),
      // The language of the consent text shown (the interface's, Dutch or English).
      language: form.get('consentLanguage') === 'en' ? 'en' : 'nl',
    });
    throw redirect(`/p/signup/${encodeURIComponent(params.code)}?lang=${encodeURIComponent(page.language)}&thanks=${input.callViaContact ? 'contact' : '1'}`);
  });
}

export default function Signup() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const consentLanguage = locale === 'en' ? 'en' : 'nl';
  const state: FormState = result && !result.ok ? result : undefined;
  // A broken timestamp is replaced by a fresh one; a valid one is kept, so the time already spent counts.
  const startedAt = state?.errors?._form === 'materials.signupExpired' ? page.startedAt : valueOf(state, 'startedAt', page.startedAt);

  if (page.thanks) return <SignupThanks via={page.thanks} contact={page.contact} orgName={page.orgName} />;
  return (
    <Page title={t('materials.signupPageTitle')} noindex>
      <SignupLanguages languages={page.languages} current={page.language} />
      <Invitation flyer={page.flyer} language={page.language} dir={page.dir} />

      <Paragraph lead>{t('materials.signupPageIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate aria-labelledby="signup-form">
        <Heading level={2} id="signup-form">
          {t('materials.signupFormTitle')}
        </Heading>
        <input type="hidden" name="lang" value={page.language} />
        <input type="hidden" name="startedAt" value={startedAt} />
        <SubmissionKey />
        <div className="materials-trap" aria-hidden="true">
          <label htmlFor="f-website">{t('materials.honeypotLabel')}</label>
          <input id="f-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <TextField name="name" label={t('materials.signupName')} description={t('materials.signupNameHint')} state={state} autoComplete="given-name" required />
        <TextField
          name="surname"
          label={t('materials.signupSurname')}
          description={t('materials.signupSurnameHint')}
          state={state}
          autoComplete="family-name"
          required={false}
        />
        <TextField
          name="phone"
          type="tel"
          label={t('materials.signupPhone')}
          description={t('materials.signupPhoneHint')}
          state={state}
          autoComplete="tel"
          required={false}
        />
        <CheckboxField name="callViaContact" label={t('materials.signupCallViaContact')} description={t('materials.signupCallViaContactHint')} state={state} />
        <TextField name="contactPersonName" label={t('materials.signupContactName')} state={state} required={false} />
        <RadioGroup
          name="kind"
          label={t('materials.signupKind')}
          defaultValue="parent"
          state={state}
          options={SIGNUP_KINDS.map((kind) => ({ value: kind, label: t(`materials.kind_${kind}`) }))}
        />
        <TextField
          name="languages"
          label={t('materials.signupSpokenLanguages')}
          description={t('materials.signupSpokenLanguagesHint')}
          state={state}
          required={false}
        />
        <Heading level={3}>{t('materials.signupPrivacyTitle')}</Heading>
        <Paragraph>{t('materials.signupPrivacy')}</Paragraph>
        <input type="hidden" name="consentLanguage" value={consentLanguage} />
        <CheckboxField name="consent" label={page.consentText[consentLanguage]} state={state} />
        <Button>{t('materials.signupSubmit')}</Button>
      </Form>
    </Page>
  );
}
