// A report as a PDF with pdfkit, set with the shared Noto text writer (every script the parents
// write in, both directions), A4, with the document language and title in the file.
import { newPdf, PdfTextWriter, type TextOptions } from '#app/utils/pdf/pdf-text.server';
import { type Block, type Report, type ReportBranding, squareRows } from '../domain/report';
import { logoSize, REPORT_COLOURS } from '../domain/report-style';

const MARGIN = 56;
// A3 is √2 times A4: the poster's letters grow with it, so it reads from a few metres away.
const SCALE = { A4: 1, A3: 1.6 } as const;
const LOGO_HEIGHT = 40;

function drawBlock(doc: PDFKit.PDFDocument, writer: PdfTextWriter, block: Block, box: { left: number; width: number }, scale: number, accent: string) {
  const BODY = 11 * scale;
  const HEADING_SIZE = { 1: 20 * scale, 2: 15 * scale, 3: 12.5 * scale } as const;
  const body: TextOptions = { size: BODY, color: REPORT_COLOURS.text };
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZE[block.level];
      writer.space(block.level === 1 ? 0 : size * 0.6);
      // A heading does not stay alone at the bottom of a page.
      writer.ensureSpace(size * 1.4 + BODY * 3);
      writer.paragraph(block.text, { size, bold: true, color: block.level === 3 ? REPORT_COLOURS.text : accent, lineHeight: 1.3 });
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
        { left: box.left + indent, width: box.width - indent },
      );
      // A bar in the accent colour beside the quote (on its last page when it broke).
      const from = writer.y < top ? MARGIN * scale : top;
      doc.rect(box.left + 4, from + 2, 3, writer.y - from - 4).fill(accent);
      writer.space(BODY * 0.5);
      return;
    }
    case 'list':
      for (const item of block.items) writer.paragraph(`•  ${item}`, body, { left: box.left + 8, width: box.width - 8 });
      writer.space(BODY * 0.5);
      return;
    case 'table': {
      const columns = block.header.length;
      const gap = 8;
      const width = (box.width - gap * (columns - 1)) / columns;
      const row = (cells: readonly string[], bold: boolean) => {
        writer.ensureSpace(BODY * 3);
        const top = writer.y;
        let bottom = top;
        cells.forEach((text, i) => {
          writer.y = top;
          writer.paragraph(text || ' ', { ...body, bold }, { left: box.left + i * (width + gap), width });
          bottom = Math.max(bottom, writer.y);
        });
        writer.y = bottom + 2;
        doc
          .moveTo(box.left, writer.y)
          .lineTo(box.left + box.width, writer.y)
          .lineWidth(0.5)
          .stroke(REPORT_COLOURS.rule);
        writer.y += 4;
      };
      row(block.header, true);
      for (const cells of squareRows(block.header, block.rows)) row(cells, false);
      writer.space(BODY * 0.5);
      return;
    }
  }
}

/** The organisation's logo at the top right of the first page: the part of the line left for the title, and where the logo ends. */
function drawLogo(doc: PDFKit.PDFDocument, logo: ReportBranding['logo'], box: { left: number; width: number }, top: number, scale: number) {
  if (!logo) return { titleArea: box, bottom: top };
  const size = logoSize(logo, { width: box.width / 3, height: LOGO_HEIGHT * scale });
  doc.image(logo.data, box.left + box.width - size.width, top, size);
  return { titleArea: { left: box.left, width: box.width - size.width - 12 * scale }, bottom: top + size.height + 6 * scale };
}

/** The report as an A4 PDF (or an A3 poster). */
export async function renderPdf(report: Report): Promise<Buffer> {
  const paper = report.paper ?? 'A4';
  const scale = SCALE[paper];
  const margin = MARGIN * scale;
  const { doc, bytes } = newPdf({ size: paper, margin, lang: report.language, title: report.title });
  const box = { left: margin, width: doc.page.width - 2 * margin };
  const writer = new PdfTextWriter(doc, { ...box, top: margin, bottom: doc.page.height - margin }, 'ltr');
  const accent = report.branding?.accent ?? REPORT_COLOURS.accent;
  const logo = drawLogo(doc, report.branding?.logo, box, margin, scale);
  writer.paragraph(report.title, { size: 22 * scale, bold: true, color: accent, lineHeight: 1.25 }, logo.titleArea);
  writer.paragraph(report.subtitle, { size: 11 * scale, color: REPORT_COLOURS.muted }, logo.titleArea);
  writer.y = Math.max(writer.y, logo.bottom);
  writer.space(11 * scale);
  for (const block of report.blocks) drawBlock(doc, writer, block, box, scale, accent);
  doc.end();
  return bytes;
}
