// Step 8: a workgroup member fills in the parents' form for one parent, marked as entered on their behalf.
import { Form, redirect, useActionData, useLoaderData, useSearchParams } from 'react-router';
import { Alert, Button, Link, Page, Section, SelectField } from '#app/components/ui';
import { bundleAreaTexts } from '#app/components/participant-language';
import { ZOnBehalfFeedback } from '#app/features/feedback/forms';
import { getOnBehalfForm } from '#app/features/feedback/server/get-on-behalf-form.server';
import { recordFeedbackOnBehalf } from '#app/features/feedback/server/record-feedback-on-behalf.server';
import { FeedbackForm, ParentPageStyle } from '#app/features/feedback/ui/parent-sections';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useI18n } from '#app/i18n/i18n';
import { localeFor } from '#app/i18n/locale.server';
import { participantBundle } from '#app/i18n/participant/language.server';
import { handleForm } from '#app/utils/forms';
import type { Route } from './+types/feedback-on-behalf';

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, user } = await requireTrajectory(request, params);
  const page = await getOnBehalfForm({ ...scope, participantId: new URL(request.url).searchParams.get('parent') });
  // The form's texts in the staff language, from the participant catalogue's `parent` area.
  const texts = participantBundle(await localeFor(request, user.locale), ['parent']);
  return { ...page, texts, base: `/o/${org.slug}/t/${scope.trajectoryId}/feedback` };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return handleForm(await request.formData(), ZOnBehalfFeedback, async (input) => {
    await recordFeedbackOnBehalf({ ...scope, ...input });
    throw redirect(`/o/${org.slug}/t/${scope.trajectoryId}/feedback/on-behalf?parent=${input.participantId}&saved=1`);
  });
}

export default function FeedbackOnBehalf() {
  const { parents, chosen, texts, base } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { t } = useI18n();
  return (
    <Page title={t('parentPage.onBehalfTitle')} intro={t('parentPage.onBehalfIntro')}>
      <ParentPageStyle />
      <Link to={base}>{t('parentPage.backToFeedback')}</Link>
      <Form method="get" className="spiegel-inline">
        <SelectField
          name="parent"
          label={t('parentPage.chooseParent')}
          defaultValue={chosen?.participantId ?? ''}
          options={parents.map((p) => ({ value: p.participantId, label: p.pseudonym }))}
        />
        <Button appearance="secondary">{t('parentPage.choose')}</Button>
      </Form>
      {chosen ? (
        <Section id="on-behalf" title={t('parentPage.onBehalfFor', { pseudonym: chosen.pseudonym })}>
          {search.has('saved') ? <Alert type="ok">{t('parentPage.onBehalfSaved', { pseudonym: chosen.pseudonym })}</Alert> : null}
          <FeedbackForm
            key={chosen.participantId}
            items={chosen.items}
            generalReaction={chosen.generalReaction}
            involvement={chosen.involvement}
            hasContact={chosen.hasContact}
            contactNote={chosen.canEditContact ? undefined : <Alert type="info">{t('parentPage.onBehalfNoContact')}</Alert>}
            texts={bundleAreaTexts(texts, 'parent')}
            state={result && !result.ok ? result : undefined}
            hidden={{ intent: 'on-behalf', participantId: chosen.participantId }}
            level={3}
          />
        </Section>
      ) : null}
    </Page>
  );
}
