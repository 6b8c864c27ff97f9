// Step 8: a printable letter per parent with their name, link and QR code (names: leads and parent contacts only).
import { useLoaderData } from 'react-router';
import { Link, Page, Paragraph } from '#app/components/ui';
import { getParentLetters } from '#app/features/feedback/server/get-parent-letters.server';
import lettersCss from '#app/features/feedback/ui/letters.css?url';
import { Letter } from '#app/features/feedback/ui/letter';
import { PrintButton } from '#app/features/materials/ui/print-button';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/feedback-letters';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: lettersCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return { ...(await getParentLetters(scope)), base: `/o/${org.slug}/t/${scope.trajectoryId}/feedback` };
}

export default function FeedbackLetters() {
  const { letters, orgName, texts, base } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <Page title={t('parentPage.lettersTitle')} intro={t('parentPage.lettersIntro')} lead={false}>
      <div className="spiegel-noprint spiegel-stack">
        <Link to={base}>{t('parentPage.backToFeedback')}</Link>
        {letters.length > 0 ? <PrintButton label={t('parentPage.print')} /> : <Paragraph>{t('parentPage.lettersEmpty')}</Paragraph>}
      </div>
      {letters.map((letter) => (
        <Letter
          key={letter.participantId}
          letter={letter}
          orgName={orgName}
          texts={texts}
          qrLabel={t('parentPage.qrLabel', { name: letter.name || letter.pseudonym })}
        />
      ))}
    </Page>
  );
}
