// A printable instruction sheet for everyone who asks parents to take part (S5e).
import { useLoaderData } from 'react-router';
import { DataList, Heading, Link, Paragraph, Section } from '#app/components/ui';
import { getRecruiterSheet } from '#app/features/materials/server/get-recruiter-sheet.server';
import materialsCss from '#app/features/materials/ui/materials.css?url';
import { PrintButton } from '#app/features/materials/ui/print-button';
import { QrBlock } from '#app/features/materials/ui/qr-code';
import { requireTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { type MessageKey, useT } from '#app/i18n/i18n';
import type { Route } from './+types/recruiter-sheet';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: materialsCss }];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { scope, org } = await requireTrajectory(request, params);
  return { ...(await getRecruiterSheet(scope)), base: `/o/${org.slug}/t/${scope.trajectoryId}/materials` };
}

// The profile fields of step 4, with the labels of the theme page.
const profileLabel: Record<string, MessageKey> = {
  childAges: 'theme.childAges',
  sameNeighbourhood: 'theme.sameNeighbourhood',
  phase: 'theme.phase',
  education: 'theme.education',
  languages: 'theme.languages',
  other: 'theme.other',
};

const HOW: MessageKey[] = ['materials.how1', 'materials.how2', 'materials.how3', 'materials.how4', 'materials.how5', 'materials.how6'];
const NOTE: MessageKey[] = ['materials.note1', 'materials.note2', 'materials.note3', 'materials.note4'];

export default function RecruiterSheet() {
  const { target, profileItems, flyer, qrSvg, base } = useLoaderData<typeof loader>();
  const t = useT();
  const unknown = t('materials.flyerUnknown');
  const profileValue = (key: string, value: string) =>
    key === 'sameNeighbourhood' && (value === 'same' || value === 'mixed') ? t(`theme.neighbourhood_${value}`) : value;
  return (
    <div className="spiegel-page materials-sheet">
      <title>{`${t('materials.recruitersTitle')} · Spiegel`}</title>
      <div className="spiegel-noprint spiegel-stack">
        <Link to={base}>{t('materials.backToMaterials')}</Link>
        <PrintButton label={t('materials.printButton')} />
      </div>
      <Heading level={1}>{t('materials.recruitersTitle')}</Heading>
      <Paragraph lead>{t('materials.recruitersIntro')}</Paragraph>

      <Section id="who" title={t('materials.whoTitle')} intro={t('materials.whoTarget', { min: target.min, max: target.max })}>
        {profileItems.length > 0 ? (
          <DataList items={profileItems.map((item) => ({ key: t(profileLabel[item.key]!), value: profileValue(item.key, item.value) }))} />
        ) : (
          <Paragraph>{t('materials.whoNoProfile')}</Paragraph>
        )}
      </Section>

      <Section id="how" title={t('materials.howTitle')}>
        <ul>
          {HOW.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Section>

      <Section id="tell" title={t('materials.tellTitle')}>
        <Paragraph>
          <strong>{flyer.title}</strong>
        </Paragraph>
        <DataList
          items={[
            { key: t('materials.tellWhatHappens'), value: flyer.whatHappens.join(' ') || unknown },
            { key: t('materials.flyerWhen'), value: flyer.dateText ? [flyer.dateText, flyer.startTime].filter(Boolean).join(', ') : unknown },
            { key: t('materials.flyerWhere'), value: [flyer.venueName, flyer.venueAddress].filter(Boolean).join(', ') || unknown },
            { key: t('materials.tellWhatYouGet'), value: flyer.whatYouGet.join(' ') || unknown },
            { key: t('materials.tellContact'), value: [flyer.contactName, flyer.contactPhone].filter(Boolean).join(', ') || unknown },
          ]}
        />
      </Section>

      <Section id="note" title={t('materials.noteTitle')} intro={t('materials.noteIntro')}>
        <ul>
          {NOTE.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Section>

      <Section id="self" title={t('materials.selfSignupTitle')} intro={t('materials.selfSignupIntro')}>
        <QrBlock svg={qrSvg} label={t('materials.qrLabel')}>
          <div>
            <Paragraph>
              <strong className="materials-url">{flyer.signupUrl}</strong>
            </Paragraph>
            <Paragraph>{t('materials.flyerCode', { code: flyer.signupCode })}</Paragraph>
          </div>
        </QrBlock>
      </Section>
    </div>
  );
}
