// The flyer in one language as a clean page to print (A4, or A5 with ?size=a5).
import { useLoaderData } from 'react-router';
import { ButtonGroup, ButtonLink, Link } from '#app/components/ui';
import { flyerLanguage } from '#app/features/materials/domain/languages';
import { getFlyer } from '#app/features/materials/server/get-flyer.server';
import { Flyer } from '#app/features/materials/ui/flyer';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { PrintButton } from '#app/features/materials/ui/print-button';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { useT } from '#app/i18n/i18n';
import type { Route } from './+types/flyer-print';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  const size = new URL(request.url).searchParams.get('size') === 'a5' ? 'a5' : 'a4';
  const flyer = await getFlyer({ ...scope, language: params.lang });
  return { flyer, size, base: `/o/${org.slug}/t/${scope.trajectoryId}/materials` } as const;
}

export default function FlyerPrint() {
  const { flyer, size, base } = useLoaderData<typeof loader>();
  const t = useT();
  const languageName = flyerLanguage(flyer.language)?.dutchName ?? flyer.language;
  const other = size === 'a4' ? 'a5' : 'a4';
  return (
    <div className="spiegel-page">
      <title>{`${t('materials.printPageTitle', { language: languageName, size: size.toUpperCase() })} · Spiegel`}</title>
      {/* The paper size for the browser's print dialog. */}
      <style>{`@media print { @page { size: ${size === 'a5' ? 'A5' : 'A4'} portrait; margin: ${size === 'a5' ? '10mm' : '15mm'}; } }`}</style>
      <div className="spiegel-noprint spiegel-stack">
        <Link to={base}>{t('materials.backToMaterials')}</Link>
        <ButtonGroup>
          <PrintButton label={t('materials.printButton')} />
          <ButtonLink to={`${base}/flyer/${flyer.language}?size=${other}`}>{t('materials.otherSize', { size: other.toUpperCase() })}</ButtonLink>
          <ButtonLink to={`${base}/flyer/${flyer.language}/pdf?size=${size}`} reloadDocument>
            {t('materials.downloadPdf')}
          </ButtonLink>
        </ButtonGroup>
      </div>
      <Flyer flyer={flyer} qrSvg={flyer.qrSvg} contributionQrSvg={flyer.contributionQrSvg} size={size} />
    </div>
  );
}
