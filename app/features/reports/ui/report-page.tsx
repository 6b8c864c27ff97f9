// A report's page: why it cannot be made yet, each flagged place (where and what kind, never who)
// with a one-click replacement, and the two downloads once nothing is flagged.
import { Form } from 'react-router';
import { Alert, Button, ButtonGroup, ButtonLink, FormErrorSummary, Link, Page, Paragraph, Section } from '#app/components/ui';
import { flyerLanguage, textDirection } from '#app/features/materials/domain/languages';
import { type MessageKey, useT } from '#app/i18n/i18n';
import { stateFor, succeeded } from '#app/utils/forms';
import type { FormAnswer } from '#app/utils/forms';
import { type LeakPlace, PLACEHOLDER } from '../domain/report-guard';
import type { Source } from '../domain/report';
import type { ReportKind } from '../domain/report-kinds';

const TITLE: Record<ReportKind, MessageKey> = {
  minutes: 'reports.minutesTitle',
  'follow-up': 'reports.followUpTitle',
  agenda: 'reports.agendaTitle',
  'agenda-poster': 'reports.agendaPosterTitle',
  trajectory: 'reports.trajectoryTitle',
};
/** How a place's headings are named: a question and a note in the minutes, a part and what it is under elsewhere. */
const PLACE_LABELS: Record<ReportKind, readonly [MessageKey, MessageKey]> = {
  minutes: ['reports.placeQuestion', 'reports.placeNote'],
  'follow-up': ['reports.placeSection', 'reports.placeSub'],
  agenda: ['reports.placeSection', 'reports.placeSub'],
  'agenda-poster': ['reports.placeSection', 'reports.placeSub'],
  trajectory: ['reports.placeSection', 'reports.placeSub'],
};
const NOT_READY: Record<ReportKind, MessageKey> = {
  minutes: 'reports.notReady_minutes',
  'follow-up': 'reports.notReady_followUp',
  agenda: 'reports.notReady_agenda',
  'agenda-poster': 'reports.notReady_agenda',
  trajectory: 'reports.notReady_trajectory',
};

type PageData = {
  languages: readonly string[];
  kind: ReportKind;
  ready: boolean;
  title?: string;
  places: LeakPlace[];
  canReplace: Record<Source['table'], boolean>;
  files: string;
  trajectoryTitle: string;
};

/** The download buttons of a report (they go through the guard again; a flagged report leads back to its page), and per parents' language. */
export function ReportDownloads({ files, languages = [] }: { files: string; languages?: readonly string[] }) {
  const t = useT();
  return (
    <>
      <ButtonGroup>
        <ButtonLink to={`${files}.pdf`} reloadDocument appearance="primary">
          {t('reports.downloadPdf')}
        </ButtonLink>
        <ButtonLink to={`${files}.docx`} reloadDocument>
          {t('reports.downloadDocx')}
        </ButtonLink>
      </ButtonGroup>
      {languages.length > 0 ? (
        <>
          <Paragraph>{t('reports.inParentLanguages')}</Paragraph>
          <ul>
            {languages.map((code) => (
              <li key={code}>
                <Link to={`${files}.${code}.pdf`} reloadDocument>
                  {t('reports.languagePdf', { language: flyerLanguage(code)?.dutchName ?? code })}
                </Link>
                {' · '}
                <Link to={`${files}.${code}.docx`} reloadDocument>
                  {t('reports.languageDocx', { language: flyerLanguage(code)?.dutchName ?? code })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function PlaceCard({
  kind,
  place,
  canReplace,
  result,
}: {
  kind: ReportKind;
  place: LeakPlace;
  canReplace: PageData['canReplace'];
  result: FormAnswer | undefined;
}) {
  const t = useT();
  const [sectionLabel, subLabel] = PLACE_LABELS[kind];
  const source = place.source;
  return (
    <li className="spiegel-card spiegel-stack" data-testid="leak-place">
      <Paragraph>
        {place.inTitle ? t('reports.placeTitle') : place.section ? t(sectionLabel, { question: place.section }) : null}
        {place.subsection ? (
          <>
            <br />
            {t(subLabel, { who: place.subsection })}
          </>
        ) : null}
      </Paragraph>
      <blockquote {...(place.language ? { lang: place.language, dir: textDirection(place.language) } : {})}>
        {place.text.slice(0, place.start)}
        <mark>{place.text.slice(place.start, place.end)}</mark>
        {place.text.slice(place.end)}
      </blockquote>
      <Paragraph>{t(`reports.kind_${place.kind}`)}</Paragraph>
      {place.language ? (
        <Paragraph>{t('reports.inTranslation', { language: flyerLanguage(place.language)?.dutchName ?? place.language })}</Paragraph>
      ) : !source ? (
        <Paragraph>{t('reports.noSource')}</Paragraph>
      ) : canReplace[source.table] ? (
        <Form method="post">
          <FormErrorSummary state={stateFor(result, 'replace', place.key)} />
          <input type="hidden" name="intent" value="replace" />
          <input type="hidden" name="target" value={place.key} />
          <input type="hidden" name="table" value={source.table} />
          <input type="hidden" name="recordId" value={source.id} />
          <input type="hidden" name="field" value={source.field} />
          <input type="hidden" name="index" value={'index' in source ? source.index : 0} />
          {/* The span in the stored text, which may start later in the shown one ("1. " before an agenda item's title). */}
          <input type="hidden" name="start" value={place.start - (place.sourceAt ?? 0)} />
          <input type="hidden" name="end" value={place.end - (place.sourceAt ?? 0)} />
          <Button>{t('reports.replace', { placeholder: PLACEHOLDER[place.kind] })}</Button>
        </Form>
      ) : (
        <Paragraph>{t('reports.askWriter')}</Paragraph>
      )}
    </li>
  );
}

export function ReportPage({ page, result }: { page: PageData; result: FormAnswer | undefined }) {
  const t = useT();
  return (
    <Page title={t(TITLE[page.kind])} context={page.trajectoryTitle} intro={t('reports.pageIntro')}>
      {succeeded(result, 'replace') ? <Alert type="ok">{t('reports.replaced')}</Alert> : null}
      {!page.ready ? <Alert type="warning">{t(NOT_READY[page.kind])}</Alert> : null}
      {/* A place only in a translation blocks that language's download, not the Dutch one. */}
      {page.ready && page.places.every((place) => place.language) ? (
        <>
          {page.places.length === 0 ? <Alert type="ok">{t('reports.ready')}</Alert> : null}
          <ReportDownloads files={page.files} languages={page.languages.filter((code) => !page.places.some((place) => place.language === code))} />
        </>
      ) : null}
      {page.places.length > 0 ? (
        <>
          <Alert type="error">{t('reports.blocked', { count: page.places.length })}</Alert>
          <Section id="places-title" title={t('reports.placesTitle')}>
            <ol className="spiegel-stack" style={{ listStyle: 'none', padding: 0 }}>
              {page.places.map((place) => (
                <PlaceCard key={place.key} kind={page.kind} place={place} canReplace={page.canReplace} result={result} />
              ))}
            </ol>
          </Section>
        </>
      ) : null}
    </Page>
  );
}
