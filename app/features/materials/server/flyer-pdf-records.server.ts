import { participantTexts } from '#app/i18n/participant';
import { isolate, joinParts } from '../domain/flyer-format';
import { flyerLanguage } from '../domain/languages';
import type { FlyerView } from '../domain/flyer-format';
import { newPdf, PdfTextWriter } from '#app/utils/pdf/pdf-text.server';
import { qrPng } from '#app/utils/qr-code.server';

export type PaperSize = 'a4' | 'a5';

const PAPER = {
  a4: { size: 'A4', margin: 54, title: 28, heading: 15, body: 13, qr: 130 },
  a5: { size: 'A5', margin: 36, title: 20, heading: 12, body: 10, qr: 95 },
} as const;

const ACCENT = '#154273';

/** The flyer as a one-page PDF (A4 or A5), in the flyer's language and writing direction. */
export async function renderFlyerPdf(flyer: FlyerView, size: PaperSize): Promise<Buffer> {
  const paper = PAPER[size];
  const { t, dir: labelDir } = participantTexts(flyer.labelLocale);
  // Amiri's Naskh letters look small next to Noto Sans at the same size.
  const scale = flyerLanguage(flyer.language)?.script === 'arabic' ? 1.15 : 1;
  const { doc, root, bytes } = newPdf({ size: paper.size, margin: paper.margin, lang: flyer.language, title: flyer.title });

  const width = doc.page.width - 2 * paper.margin;
  const writer = new PdfTextWriter(doc, { left: paper.margin, width, top: paper.margin, bottom: doc.page.height - paper.margin }, flyer.dir, root);
  const body = { size: paper.body * scale };
  // Labels are in the flyer's language when the participant texts have it, else Dutch, each in its own direction.
  const label = { lang: flyer.labelLocale, base: labelDir };
  const heading = { size: paper.heading * scale, bold: true, color: ACCENT, tag: 'H2' as const, ...label };

  writer.paragraph(flyer.title, { size: paper.title * scale, bold: true, color: ACCENT, lineHeight: 1.3, tag: 'H1' });
  writer.space(paper.body * 0.6);
  for (const line of flyer.whatHappens) writer.paragraph(line, body);
  writer.space(paper.body * 0.8);

  const unknown = t('flyer.unknown');
  writer.paragraph(t('flyer.when'), heading);
  writer.paragraph(flyer.dateText ? joinParts([flyer.dateText, flyer.startTime], flyer.dir) : unknown, flyer.dateText ? body : { ...body, ...label });
  writer.space(paper.body * 0.4);
  writer.paragraph(t('flyer.where'), heading);
  const place = joinParts([flyer.venueName, flyer.venueAddress], flyer.dir);
  writer.paragraph(place || unknown, place ? body : { ...body, ...label });
  writer.space(paper.body * 0.4);

  if (flyer.whatYouGet.length > 0) {
    writer.paragraph(t('flyer.whatYouGet'), heading);
    writer.group('L', (list) => {
      for (const line of flyer.whatYouGet) writer.paragraph(`• ${line}`, { ...body, tag: 'LI' }, undefined, list);
    });
    writer.space(paper.body * 0.4);
  }

  // The sign-up block (label, QR code, text) stays together on one page.
  writer.ensureSpace(paper.heading * 2 + paper.qr);
  writer.paragraph(t('flyer.signUp'), heading);
  writer.space(paper.body * 0.3);
  // QR code at the start side of the language, the text beside it.
  const qrTop = writer.y;
  const qrX = flyer.dir === 'rtl' ? paper.margin + width - paper.qr : paper.margin;
  const qr = await qrPng(flyer.signupUrl);
  writer.figure(t('flyer.qrAlt', { url: flyer.signupUrl }), () => doc.image(qr, qrX, qrTop, { width: paper.qr, height: paper.qr }));
  const gap = paper.body * 1.2;
  const textArea = { left: flyer.dir === 'rtl' ? paper.margin : paper.margin + paper.qr + gap, width: width - paper.qr - gap };
  const small = { size: paper.body * 0.95, ...label };
  writer.paragraph(t('flyer.scan'), small, textArea);
  // An address reads left to right in every language.
  writer.paragraph(flyer.signupUrl, { ...small, bold: true, base: 'ltr' }, textArea);
  writer.paragraph(t('flyer.code', { code: flyer.signupCode }), small, textArea);
  if (flyer.contactPhone) {
    writer.space(paper.body * 0.4);
    writer.paragraph(
      flyer.contactName
        ? t('flyer.call', { name: isolate(flyer.contactName), phone: flyer.contactPhone })
        : t('flyer.callNoName', { phone: flyer.contactPhone }),
      small,
      textArea,
    );
  }
  writer.y = Math.max(writer.y, qrTop + paper.qr);

  // For a parent who will not join the group (X1): the anonymous contribution link, small.
  if (flyer.contribution) {
    const c = flyer.contribution;
    const smallQr = Math.round(paper.qr * 0.55);
    writer.space(paper.body * 0.8);
    writer.ensureSpace(smallQr);
    const top = writer.y;
    const x = flyer.dir === 'rtl' ? paper.margin + width - smallQr : paper.margin;
    const png = await qrPng(c.url);
    writer.figure(c.qrLabel, () => doc.image(png, x, top, { width: smallQr, height: smallQr }));
    const beside = { left: flyer.dir === 'rtl' ? paper.margin : paper.margin + smallQr + gap, width: width - smallQr - gap };
    writer.paragraph(c.line, { size: paper.body * 0.9 * (c.lang === 'ar' ? 1.15 : 1), lang: c.lang, base: c.dir }, beside);
    writer.y = Math.max(writer.y, top + smallQr);
    // The link has no place to break: the full width under the code.
    writer.space(paper.body * 0.3);
    writer.paragraph(c.url, { size: paper.body * 0.8, lang: 'nl', base: 'ltr' });
  }
  doc.end();
  return bytes;
}
