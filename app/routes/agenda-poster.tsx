// The agenda as an A3 poster with a QR code to its public page, for the wall of the feedback meeting.
import { useLoaderData } from 'react-router';
import { Alert, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from '#app/components/ui';
import { getAgendaPoster } from '#app/features/agenda/server/get-agenda-poster.server';
import { AgendaPoster } from '#app/features/agenda/ui/agenda-poster';
import agendaCss from '#app/features/agenda/ui/agenda.css?url';
import { flyerLanguage } from '#app/features/materials/domain/languages';
import { PrintButton } from '#app/features/materials/ui/print-button';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/agenda-poster';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: agendaCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org, trajectory } = await requireTrajectory(request, params);
  const poster = await getAgendaPoster({ ...scope, language: new URL(request.url).searchParams.get('lang') });
  const agendaUrl = `/o/${org.slug}/t/${trajectory.id}/agenda`;
  return { poster, agendaUrl, posterUrl: `${agendaUrl}/poster` };
}

export default function AgendaPosterPage() {
  const { poster, agendaUrl, posterUrl } = useLoaderData<typeof loader>();
  const t = useT();
  const { publicPage } = poster;
  return (
    <div className="spiegel-page">
      <title>{`${t('agenda.posterPageTitle')} · ${poster.title} · Spiegel`}</title>
      {/* The paper size for the browser's print dialog. */}
      <style>{'@media print { @page { size: A3 portrait; margin: 15mm; } }'}</style>
      <div className="spiegel-noprint spiegel-stack">
        <Link to={agendaUrl}>{t('agenda.posterBack')}</Link>
        {publicPage ? (
          <>
            <Paragraph>{t('agenda.posterHowTo')}</Paragraph>
            <ButtonGroup>
              <PrintButton label={t('agenda.posterPrint')} />
              {poster.language ? <ButtonLink to={posterUrl}>{t('agenda.posterDutchOnly')}</ButtonLink> : null}
              {poster.languages
                .filter((code) => code !== poster.language)
                .map((code) => (
                  <ButtonLink key={code} to={`${posterUrl}?lang=${code}`}>
                    {t('agenda.posterWithLanguage', { language: flyerLanguage(code)?.dutchName ?? code })}
                  </ButtonLink>
                ))}
            </ButtonGroup>
          </>
        ) : null}
      </div>
      {publicPage ? (
        <AgendaPoster poster={{ ...poster, publicPage }} />
      ) : (
        <>
          <Heading level={1}>{t('agenda.posterPageTitle')}</Heading>
          <Alert type="warning">
            <Paragraph>{t('agenda.posterNotPublished')}</Paragraph>
            <Paragraph>
              <Link to={`${agendaUrl}#public`}>{t('agenda.posterToPublish')}</Link>
            </Paragraph>
          </Alert>
        </>
      )}
    </div>
  );
}
