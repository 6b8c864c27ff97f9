// The public sign-up page behind the flyer's QR code: no account, no JavaScript needed, phone first.
import { Form, redirect, useActionData, useLoaderData } from 'react-router';
import { ParticipantLanguage, useParticipantI18n } from '#app/components/participant-language';
import { consentTextLanguage } from '#app/features/consent/domain/texts';
import { SubmissionKey } from '#app/components/submission-key';
import { Button, CheckboxField, FormErrorSummary, type FormState, Heading, Paragraph, RadioGroup, TextField, valueOf, Page } from '#app/components/ui';
import { HONEYPOT_FIELD } from '#app/features/materials/domain/signup-guard';
import { SIGNUP_KINDS, ZSignup } from '#app/features/materials/forms';
import { getSignupPage } from '#app/features/materials/server/get-signup-page.server';
import { submitSignup } from '#app/features/materials/server/submit-signup.server';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { Invitation, SignupLanguages, SignupThanks } from '#app/features/materials/ui/signup-sections';
import { pageLanguage } from '#app/i18n/participant';
import { participantBundle } from '#app/i18n/participant/language.server';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/signup';

// A public page for parents on their phones: plain HTML forms, no JavaScript download; the page's
// language is the one of its texts (the invitation's, when the participant texts have it).
export const handle = { hydrate: false, language: (data: { ui: string }) => data.ui };

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const search = new URL(request.url).searchParams;
  const page = await getSignupPage({ code: params.code, language: search.get('lang'), accepted: request.headers.get('accept-language') });
  const thanks = search.get('thanks');
  return {
    ...page,
    texts: participantBundle(page.ui, ['signup', 'form']),
    thanks: thanks === 'contact' ? ('contact' as const) : thanks ? ('phone' as const) : null,
  };
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
      // The language of the consent text shown (the organisation's, in the page's language or Dutch).
      language: consentTextLanguage(String(form.get('consentLanguage') ?? '')),
    });
    // The thank-you page in the language the page spoke.
    const ui = pageLanguage(String(form.get('ui') ?? ''), null, page.language);
    throw redirect(`/p/signup/${encodeURIComponent(params.code)}?lang=${encodeURIComponent(ui)}&thanks=${input.callViaContact ? 'contact' : '1'}`);
  });
}

export default function Signup() {
  const page = useLoaderData<typeof loader>();
  return (
    <ParticipantLanguage bundle={page.texts}>
      <SignupPage />
    </ParticipantLanguage>
  );
}

function SignupPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useParticipantI18n();
  // The organisation's consent text in the page's language; where it has none, the Dutch one, said so.
  const consentLanguage = page.consentText.language;
  const consentLabel = consentLanguage === lang ? page.consentText.text : `${t('signup.consentInDutch')} ${page.consentText.text}`;
  const state: FormState = result && !result.ok ? result : undefined;
  // A broken timestamp is replaced by a fresh one; a valid one is kept, so the time already spent counts.
  const startedAt = state?.errors?._form === 'materials.signupExpired' ? page.startedAt : valueOf(state, 'startedAt', page.startedAt);

  if (page.thanks) return <SignupThanks via={page.thanks} contact={page.contact} orgName={page.orgName} />;
  return (
    <Page title={t('signup.pageTitle')} noindex>
      <SignupLanguages languages={page.languages} current={page.language} />
      <Invitation flyer={page.flyer} language={page.language} dir={page.dir} />

      <Paragraph lead>{t('signup.pageIntro')}</Paragraph>
      <FormErrorSummary state={state} />
      <Form method="post" className="spiegel-stack" noValidate aria-labelledby="signup-form">
        <Heading level={2} id="signup-form">
          {t('signup.formTitle')}
        </Heading>
        <input type="hidden" name="lang" value={page.language} />
        <input type="hidden" name="ui" value={page.ui} />
        <input type="hidden" name="startedAt" value={startedAt} />
        <SubmissionKey />
        <div className="materials-trap" aria-hidden="true">
          <label htmlFor="f-website">{t('signup.honeypotLabel')}</label>
          <input id="f-website" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <TextField name="name" label={t('signup.name')} description={t('signup.nameHint')} state={state} autoComplete="given-name" required />
        <TextField name="surname" label={t('signup.surname')} description={t('signup.surnameHint')} state={state} autoComplete="family-name" required={false} />
        <TextField name="phone" type="tel" label={t('signup.phone')} description={t('signup.phoneHint')} state={state} autoComplete="tel" required={false} />
        <CheckboxField name="callViaContact" label={t('signup.callViaContact')} description={t('signup.callViaContactHint')} state={state} />
        <TextField name="contactPersonName" label={t('signup.contactName')} state={state} required={false} />
        <RadioGroup
          name="kind"
          label={t('signup.kind')}
          defaultValue="parent"
          state={state}
          options={SIGNUP_KINDS.map((kind) => ({ value: kind, label: t(`signup.kind_${kind}`) }))}
        />
        <TextField name="languages" label={t('signup.spokenLanguages')} description={t('signup.spokenLanguagesHint')} state={state} required={false} />
        <Heading level={3}>{t('signup.privacyTitle')}</Heading>
        <Paragraph>{t('signup.privacy')}</Paragraph>
        <input type="hidden" name="consentLanguage" value={consentLanguage} />
        <CheckboxField name="consent" label={consentLabel} state={state} />
        <Button>{t('signup.submit')}</Button>
      </Form>
    </Page>
  );
}
