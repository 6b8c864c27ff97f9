// A participant's data (their export, issue 16) as a readable A4 PDF: the same content as the
// JSON file, in the reader's language, set with the shared text writer and its fonts.
import { isPlaceCategory } from '#app/features/recruitment/domain/places';
import { fitLabel, kindLabel, placeLabel, statusLabel } from '#app/features/recruitment/ui/labels';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, type Locale } from '#app/i18n/i18n';
import { newPdf, PdfTextWriter } from '#app/utils/pdf/pdf-text.server';
import type { ParticipantData } from './rights-records.server';

const MARGIN = 56;
const BODY = 11;

export async function renderParticipantPdf(data: ParticipantData, { locale, org, now }: { locale: Locale; org: string; now: Date }): Promise<Buffer> {
  const t = createTranslator(locale);
  const who = data.pseudonym ?? t('rights.noPseudonym');
  const title = t('rights.pdfTitle', { who });
  const { doc, root, bytes } = newPdf({ size: 'A4', margin: MARGIN, lang: locale, title });
  const writer = new PdfTextWriter(doc, { left: MARGIN, width: doc.page.width - 2 * MARGIN, top: MARGIN, bottom: doc.page.height - MARGIN }, 'ltr', root);
  const date = (d: Date | null) => (d ? formatDate(d, locale, true) : '');
  const yesNo = (v: boolean | null) => (v === null ? t('rights.pdfUnknown') : t(v ? 'common.yes' : 'common.no'));
  const heading = (text: string) => {
    writer.space(BODY);
    writer.ensureSpace(BODY * 5);
    writer.paragraph(text, { size: 14, bold: true, tag: 'H2', lineHeight: 1.3 });
    writer.space(BODY * 0.3);
  };
  const line = (label: string, value: string) => {
    if (value) writer.paragraph(`${label}: ${value}`, { size: BODY });
  };
  const text = (value: string) => writer.paragraph(value, { size: BODY });

  writer.paragraph(title, { size: 20, bold: true, tag: 'H1', lineHeight: 1.3 });
  text(t('rights.pdfIntro', { org, trajectory: data.trajectory, date: formatDate(now, locale, true) }));
  line(t('rights.pdfPseudonym'), who);

  heading(t('rights.pdfPersonal'));
  const p = data.personal;
  if (!p) text(t('rights.pdfNoPersonal'));
  else {
    line(t('recruitment.fieldName'), p.name);
    line(t('recruitment.fieldSurname'), p.surname);
    line(t('recruitment.fieldPhone'), p.phone);
    line(t('recruitment.fieldEmail'), p.email);
    line(t('recruitment.fieldCallViaContact'), p.callViaContact ? t('common.yes') : '');
    line(t('recruitment.fieldAddress'), p.address);
    line(t('recruitment.fieldLanguages'), p.languages);
    line(t('recruitment.fieldInterpreter'), p.interpreterLanguage);
    line(t('recruitment.fieldChildcare'), p.needsChildcare ? t('common.yes') : '');
    line(t('recruitment.fieldTransport'), p.needsTransport ? t('common.yes') : '');
    line(t('recruitment.fieldDiet'), p.diet);
    line(t('recruitment.fieldPreferredTime'), p.preferredTime);
    line(t('recruitment.fieldOtherNeeds'), p.needs);
    line(t('recruitment.fieldCompensation'), p.compensation);
    line(t('recruitment.fieldCompensationPaid'), p.compensation ? yesNo(p.compensationPaid) : '');
    line(t('rights.pdfStayInvolved'), p.stayInvolvedContact);
  }

  heading(t('rights.pdfRecruitment'));
  const r = data.recruitment;
  line(t('recruitment.fieldKind'), t(kindLabel(r.kind)));
  line(t('recruitment.fieldStatus'), t(statusLabel(r.status)));
  line(t('rights.pdfSource'), t(r.source === 'signup' ? 'rights.pdfSourceSignup' : 'rights.pdfSourceWorkgroup'));
  line(t('recruitment.fieldPlaceCategory'), isPlaceCategory(r.placeCategory) ? t(placeLabel(r.placeCategory)) : '');
  line(t('recruitment.fieldPlaceName'), r.placeName);
  line(t('recruitment.fieldProfileFit'), r.profileFit ? t(fitLabel(r.profileFit)) : '');
  line(t('recruitment.fieldRecruitedBy'), r.recruitedBy ?? '');
  line(t('rights.pdfCreatedAt'), date(r.createdAt));

  heading(t('rights.pdfConsents'));
  const c = data.consents;
  line(t('rights.pdfConsentRegistration'), c.registration ? date(c.registration) : t('rights.pdfUnknown'));
  line(t('rights.pdfConsentMinutes'), yesNo(c.minutes));
  line(t('rights.pdfConsentPhotos'), yesNo(c.photos));
  line(t('rights.pdfInterpreter'), [c.interpreterLanguage, c.interpreterName].filter(Boolean).join(', '));
  line(t('rights.pdfCheckedIn'), date(c.checkedInAt));

  heading(t('rights.pdfWords'));
  const w = data.words;
  const none = w.minutes.length + w.boardQuotes.length + w.agendaReactions.length === 0 && !w.generalReaction;
  if (none) text(t('rights.pdfNoWords'));
  for (const note of w.minutes) {
    if (note.question) writer.paragraph(note.question, { size: BODY, bold: true });
    if (note.summary) text(note.summary);
    for (const quote of note.quotes) text(t('rights.pdfQuote', { text: quote }));
    writer.space(BODY * 0.4);
  }
  for (const quote of w.boardQuotes) text(t('rights.pdfBoardQuote', { text: quote }));
  for (const reaction of w.agendaReactions)
    text(
      `${t('rights.pdfReaction', { item: reaction.item, verdict: t(`parentPage.verdict_${reaction.verdict}`) })}${reaction.comment ? ` ${reaction.comment}` : ''}`,
    );
  line(t('rights.pdfGeneralReaction'), w.generalReaction);

  if (data.parentPage) {
    heading(t('rights.pdfParentPage'));
    line(t('rights.pdfParentPageLanguage'), data.parentPage.language);
    line(t('rights.pdfLastVisit'), date(data.parentPage.lastVisitAt));
  }

  heading(t('rights.pdfAccess'));
  for (const entry of data.accessLog)
    text(
      t('rights.pdfAccessLine', {
        date: date(entry.at),
        who: entry.by ?? t('rights.pdfSelf'),
        roles: entry.roles.join(', '),
        action: t(`rights.action_${entry.action}`),
        screen: entry.screen,
      }),
    );
  doc.end();
  return bytes;
}
