// A report as a PDF with pdfkit, set with the shared text writer (every script the parents write
// in, both directions), A4, tagged (headings, lists, tables, quotes in reading order), with the
// document language and title in the file.
import { textDirection } from '#app/features/materials/domain/languages';
import { newPdf, PdfTextWriter, type TextOptions } from '#app/utils/pdf/pdf-text.server';
import { type Block, type Report, type ReportBranding, squareRows } from '../domain/report';
import { logoSize, REPORT_COLOURS } from '../domain/report-style';

const MARGIN = 56;
// A3 is √2 times A4: the poster's letters grow with it, so it reads from a few metres away.
const SCALE = { A4: 1, A3: 1.6 } as const;
const LOGO_HEIGHT = 40;

function drawBlock(
  doc: PDFKit.PDFDocument,
  writer: PdfTextWriter,
  block: Block,
  box: { left: number; width: number },
  scale: number,
  dir: 'ltr' | 'rtl',
  accent: string,
) {
  const BODY = 11 * scale;
  const HEADING_SIZE = { 1: 20 * scale, 2: 15 * scale, 3: 12.5 * scale } as const;
  // A block in another language than the report (a Dutch item in an Arabic agenda) carries its own.
  const lang = block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote' ? block.lang : undefined;
  const own: Pick<TextOptions, 'lang' | 'base'> = lang ? { lang, base: textDirection(lang) } : {};
  const body: TextOptions = { size: BODY, color: REPORT_COLOURS.text, ...own };
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      writer.space(block.level === 1 ? 0 : size * 0.6);
      // A heading does not stay alone at the bottom of a page.
      writer.ensureSpace(size * 1.4 + BODY * 3);
      writer.paragraph(block.text, {
        size,
        bold: true,
        color: block.level === 3 ? REPORT_COLOURS.text : accent,
        lineHeight: 1.3,
        tag: (['H2', 'H3', 'H4'] as const)[block.level - 1],
        ...own,
      });
      writer.space(size * 0.3);
      return;
    }
    case 'paragraph':
      writer.paragraph(block.label ? `${block.label}: ${block.text}` : block.text, body);
      writer.space(BODY * 0.5);
      return;
    case 'quote': {
      const indent = 18;
      writer.ensureSpace(BODY * 1.5);
      const top = writer.y;
      writer.paragraph(
        `“${block.text}”${block.by ? ` (${block.by})` : ''}`,
        { ...body, color: REPORT_COLOURS.text },
        { left: dir === 'rtl' ? box.left : box.left + indent, width: box.width - indent },
      );
      // A bar in the accent colour beside the quote (on its last page when it broke), at its start side.
      const from = writer.y < top ? MARGIN * scale : top;
      const barX = dir === 'rtl' ? box.left + box.width - 7 : box.left + 4;
      writer.artifact(() => doc.rect(barX, from + 2, 3, writer.y - from - 4).fill(accent));
      writer.space(BODY * 0.5);
      return;
    }
    case 'list':
      writer.group('L', (list) => {
        for (const item of block.items)
          writer.paragraph(`•  ${item}`, { ...body, tag: 'LI' }, { left: dir === 'rtl' ? box.left : box.left + 8, width: box.width - 8 }, list);
      });
      writer.space(BODY * 0.5);
      return;
    case 'table': {
      const columns = block.header.length;
      const gap = 8;
      const width = (box.width - gap * (columns - 1)) / columns;
      const row = (table: PDFKit.PDFStructureElement, cells: readonly string[], header: boolean) => {
        writer.ensureSpace(BODY * 3);
        const top = writer.y;
        let bottom = top;
        writer.group(
          'TR',
          (tr) =>
            cells.forEach((text, i) => {
              writer.y = top;
              // Columns run from the start side of the language.
              const column = dir === 'rtl' ? columns - 1 - i : i;
              writer.paragraph(text || ' ', { ...body, bold: header, tag: header ? 'TH' : 'TD' }, { left: box.left + column * (width + gap), width }, tr);
              bottom = Math.max(bottom, writer.y);
            }),
          table,
        );
        writer.y = bottom + 2;
        writer.artifact(() =>
          doc
            .moveTo(box.left, writer.y)
            .lineTo(box.left + box.width, writer.y)
            .lineWidth(0.5)
            .stroke(REPORT_COLOURS.rule),
        );
        writer.y += 4;
      };
      writer.group('Table', (table) => {
        row(table, block.header, true);
        for (const cells of squareRows(block.header, block.rows)) row(table, cells, false);
      });
      writer.space(BODY * 0.5);
      return;
    }
  }
}

/** The organisation's logo at the top right of the first page: the part of the line left for the title, and where the logo ends. */
function drawLogo(
  writer: PdfTextWriter,
  doc: PDFKit.PDFDocument,
  logo: ReportBranding['logo'],
  box: { left: number; width: number },
  top: number,
  scale: number,
  dir: 'ltr' | 'rtl',
) {
  if (!logo) return { titleArea: box, bottom: top };
  const size = logoSize(logo, { width: box.width / 3, height: LOGO_HEIGHT * scale });
  // At the end side of the first line: the title starts where the language starts.
  const x = dir === 'rtl' ? box.left : box.left + box.width - size.width;
  writer.figure(logo.alt, () => doc.image(logo.data, x, top, size));
  const gap = size.width + 12 * scale;
  return { titleArea: { left: dir === 'rtl' ? box.left + gap : box.left, width: box.width - gap }, bottom: top + size.height + 6 * scale };
}

/** The report as an A4 PDF (or an A3 poster). */
export async function renderPdf(report: Report): Promise<Buffer> {
  const paper = report.paper ?? 'A4';
  const scale = SCALE[paper];
  const margin = MARGIN * scale;
  const dir = textDirection(report.language);
  const { doc, root, bytes } = newPdf({ size: paper, margin, lang: report.language, title: report.title });
  const box = { left: margin, width: doc.page.width - 2 * margin };
  const writer = new PdfTextWriter(doc, { ...box, top: margin, bottom: doc.page.height - margin }, dir, root);
  const accent = report.branding?.accent ?? REPORT_COLOURS.accent;
  const logo = drawLogo(writer, doc, report.branding?.logo, box, margin, scale, dir);
  writer.paragraph(report.title, { size: 22 * scale, bold: true, color: accent, lineHeight: 1.25, tag: 'H1' }, logo.titleArea);
  writer.paragraph(report.subtitle, { size: 11 * scale, color: REPORT_COLOURS.muted }, logo.titleArea);
  writer.y = Math.max(writer.y, logo.bottom);
  writer.space(11 * scale);
  for (const block of report.blocks) drawBlock(doc, writer, block, box, scale, dir, accent);
  doc.end();
  return bytes;
}
