// Step 5, materials (S5e): the flyer per language, the public sign-up link with its QR code,
// and links to the printable flyers, the PDFs and the recruiter sheet.
import { data, Form, useActionData, useLoaderData } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  FormErrorSummary,
  type FormState,
  Heading,
  Link,
  Paragraph,
  SelectField,
  TextAreaField,
  TextField,
} from '#app/components/ui';
import { ZMaterialsAction } from '#app/features/materials/forms';
import { flyerLanguage } from '#app/features/materials/domain/languages';
import { addFlyerLanguage } from '#app/features/materials/server/add-flyer-language.server';
import { getMaterialsPage } from '#app/features/materials/server/get-materials-page.server';
import { removeFlyerLanguage } from '#app/features/materials/server/remove-flyer-language.server';
import { saveFlyerText } from '#app/features/materials/server/save-flyer-text.server';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { QrCode } from '#app/features/materials/ui/qr-code';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { formatDate, useI18n } from '#app/i18n/i18n';
import { parseForm } from '#app/utils/forms';
import type { Route } from './+types/step-materials';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await requireTrajectory(request, params);
  const page = await getMaterialsPage({ orgId: ctx.orgId, actor: ctx.actor, trajectory: ctx.trajectory, canEdit: ctx.access.canEdit });
  return { ...page, canEdit: ctx.access.canEdit, base: `/o/${ctx.org.slug}/t/${ctx.trajectory.id}` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const ctx = await requireTrajectory(request, params, { need: 'edit' });
  const parsed = parseForm(ZMaterialsAction, await request.formData());
  if (!parsed.ok) return data(parsed, { status: 400 });
  const input = parsed.data;
  const scope = { orgId: ctx.orgId, actor: ctx.actor, trajectoryId: ctx.trajectory.id, language: input.language };
  if (input.intent === 'save') {
    const { intent: _intent, language: _language, ...content } = input;
    await saveFlyerText({ ...scope, content });
  }
  if (input.intent === 'add') await addFlyerLanguage(scope);
  if (input.intent === 'remove') await removeFlyerLanguage(scope);
  return { ok: true as const, done: input.intent, language: input.language };
}

const languageName = (code: string) => flyerLanguage(code)?.dutchName ?? code;

export default function StepMaterials() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const failure = result && 'errors' in result ? result : undefined;
  const done = result && 'done' in result ? result : undefined;
  const stateFor = (intent: string, language?: string): FormState =>
    failure?.values.intent === intent && (!language || failure.values.language === language) ? failure : undefined;
  const { signup, meeting, canEdit, base } = page;
  const unknown = t('materials.flyerUnknown');

  return (
    <div className="spiegel-page">
      <title>{`${t('materials.title')} · Spiegel`}</title>
      <Heading level={1}>{t('materials.title')}</Heading>
      <Paragraph lead>{t('materials.intro')}</Paragraph>
      {canEdit ? null : <Alert type="info">{t('materials.readOnly')}</Alert>}
      {done?.done === 'remove' ? <Alert type="ok">{t('materials.languageRemoved')}</Alert> : null}

      <section aria-labelledby="signup-title" className="spiegel-stack">
        <Heading level={2} id="signup-title">
          {t('materials.signupTitle')}
        </Heading>
        <Paragraph>{t('materials.signupIntro')}</Paragraph>
        <div className="spiegel-inline" style={{ alignItems: 'start', gap: '1.5rem' }}>
          <QrCode svg={signup.qrSvg} label={t('materials.qrLabel')} />
          <DataList
            items={[
              {
                key: t('materials.signupLinkLabel'),
                value: (
                  <span className="materials-url" data-testid="signup-url">
                    {signup.url}
                  </span>
                ),
              },
              { key: t('materials.signupCodeLabel'), value: <strong data-testid="signup-code">{signup.code}</strong> },
            ]}
          />
        </div>
        <Paragraph>
          <span data-testid="signup-count">{t('materials.signupCount', { count: signup.count })}</span>
        </Paragraph>
        <ul className="spiegel-inline" style={{ listStyle: 'none', padding: 0, gap: '0.5rem 1.5rem' }}>
          <li>
            <Link to={signup.path} reloadDocument>
              {t('materials.openSignupPage')}
            </Link>
          </li>
          <li>
            <Link to={`${base}/materials/recruiters`}>{t('materials.recruiterSheetLink')}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="meeting-title" className="spiegel-stack">
        <Heading level={2} id="meeting-title">
          {t('materials.meetingTitle')}
        </Heading>
        <Paragraph>{t('materials.meetingIntro')}</Paragraph>
        <DataList
          items={[
            { key: t('materials.meetingDate'), value: meeting.date ? formatDate(meeting.date, locale) : unknown },
            { key: t('materials.meetingTime'), value: meeting.startTime || unknown },
            { key: t('materials.meetingVenue'), value: meeting.venueName || unknown },
            { key: t('materials.meetingAddress'), value: meeting.venueAddress || unknown },
          ]}
        />
        <ul className="spiegel-inline" style={{ listStyle: 'none', padding: 0, gap: '0.5rem 1.5rem' }}>
          <li>
            <Link to={`${base}/dates`}>{t('materials.toDates')}</Link>
          </li>
          <li>
            <Link to={`${base}/location`}>{t('materials.toLocation')}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="flyers-title" className="spiegel-stack">
        <Heading level={2} id="flyers-title">
          {t('materials.flyersTitle')}
        </Heading>
        {page.flyers.map((flyer) => {
          const state = stateFor('save', flyer.language);
          const name = languageName(flyer.language);
          const prefix = `flyer-${flyer.language}`;
          const justDone = done?.language === flyer.language ? done.done : undefined;
          return (
            <article key={flyer.language} className="spiegel-card spiegel-stack" aria-labelledby={`${prefix}-heading`} data-testid={`flyer-${flyer.language}`}>
              <Heading level={3} id={`${prefix}-heading`}>
                {t('materials.flyerFor', { language: name })}
              </Heading>
              {justDone === 'save' ? <Alert type="ok">{t('materials.flyerSaved')}</Alert> : null}
              {justDone === 'add' ? <Alert type="ok">{t('materials.languageAdded')}</Alert> : null}
              {canEdit ? (
                <>
                  <Paragraph>{flyer.language === 'nl' ? t('materials.flyerHintDutch') : t('materials.flyerHintOther')}</Paragraph>
                  <FormErrorSummary state={state} />
                  {/* Right-to-left languages are typed right to left; the labels stay Dutch, left to right. */}
                  <Form method="post" className={`spiegel-stack materials-fields--${flyer.dir}`}>
                    <input type="hidden" name="intent" value="save" />
                    <input type="hidden" name="language" value={flyer.language} />
                    <TextField
                      name="title"
                      idPrefix={prefix}
                      label={t('materials.fieldTitle')}
                      description={t('materials.fieldTitleHint')}
                      defaultValue={flyer.title}
                      state={state}
                    />
                    <TextAreaField
                      name="whatHappens"
                      idPrefix={prefix}
                      rows={6}
                      label={t('materials.fieldWhatHappens')}
                      description={t('materials.fieldWhatHappensHint')}
                      defaultValue={flyer.whatHappens}
                      state={state}
                    />
                    <TextAreaField
                      name="whatYouGet"
                      idPrefix={prefix}
                      rows={5}
                      label={t('materials.fieldWhatYouGet')}
                      description={t('materials.fieldWhatYouGetHint')}
                      defaultValue={flyer.whatYouGet}
                      state={state}
                    />
                    <TextField
                      name="contactName"
                      idPrefix={prefix}
                      label={t('materials.fieldContactName')}
                      defaultValue={flyer.contactName}
                      state={state}
                      required={false}
                    />
                    <TextField
                      name="contactPhone"
                      idPrefix={prefix}
                      type="tel"
                      autoComplete="off"
                      label={t('materials.fieldContactPhone')}
                      defaultValue={flyer.contactPhone}
                      state={state}
                      required={false}
                    />
                    <Button>{t('materials.saveFlyer')}</Button>
                  </Form>
                </>
              ) : (
                <Paragraph>
                  <span lang={flyer.language} dir={flyer.dir}>
                    {flyer.title || t('materials.flyerNoText')}
                  </span>
                </Paragraph>
              )}
              {flyer.title ? (
                <>
                  <Heading level={4}>{t('materials.printLinks')}</Heading>
                  <ul className="spiegel-inline" style={{ listStyle: 'none', padding: 0, gap: '0.5rem 1.5rem' }}>
                    <li>
                      <Link to={`${base}/materials/flyer/${flyer.language}`}>{t('materials.printA4', { language: name })}</Link>
                    </li>
                    <li>
                      <Link to={`${base}/materials/flyer/${flyer.language}?size=a5`}>{t('materials.printA5', { language: name })}</Link>
                    </li>
                    {flyer.pdf ? (
                      <>
                        <li>
                          <Link to={`${base}/materials/flyer/${flyer.language}/pdf?size=a4`} reloadDocument>
                            {t('materials.pdfA4', { language: name })}
                          </Link>
                        </li>
                        <li>
                          <Link to={`${base}/materials/flyer/${flyer.language}/pdf?size=a5`} reloadDocument>
                            {t('materials.pdfA5', { language: name })}
                          </Link>
                        </li>
                      </>
                    ) : null}
                  </ul>
                  {flyer.pdf ? null : <Paragraph>{t('materials.pdfNotAvailable')}</Paragraph>}
                </>
              ) : (
                <Paragraph>{t('materials.flyerNoText')}</Paragraph>
              )}
              {canEdit && flyer.language !== 'nl' ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="language" value={flyer.language} />
                  <ButtonGroup>
                    <Button appearance="danger">{t('materials.removeLanguage')}</Button>
                  </ButtonGroup>
                </Form>
              ) : null}
            </article>
          );
        })}
      </section>

      {canEdit ? (
        <section aria-labelledby="add-language-title" className="spiegel-stack">
          <Heading level={2} id="add-language-title">
            {t('materials.addLanguageTitle')}
          </Heading>
          <Paragraph>{t('materials.addLanguageIntro')}</Paragraph>
          {page.addable.length > 0 ? (
            <Form method="post" className="spiegel-stack">
              <input type="hidden" name="intent" value="add" />
              <FormErrorSummary state={stateFor('add')} />
              <SelectField
                name="language"
                idPrefix="add"
                label={t('materials.addLanguageLabel')}
                state={stateFor('add')}
                options={page.addable.map((code) => {
                  const l = flyerLanguage(code)!;
                  return { value: code, label: t('materials.languageOption', { dutchName: l.dutchName, endonym: l.endonym }) };
                })}
              />
              <Button appearance="secondary">{t('materials.addLanguageButton')}</Button>
            </Form>
          ) : (
            <Paragraph>{t('materials.allLanguagesAdded')}</Paragraph>
          )}
        </section>
      ) : null}
    </div>
  );
}
