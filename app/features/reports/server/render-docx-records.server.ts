// A report as a Word file (.docx) with the `docx` library: Word's own heading styles (so the
// navigation pane and screen readers see the structure), the document language on every run by
// default, and the title in the file's properties.
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type Block, type Report, type ReportBranding, squareRows } from '../domain/report';
import { logoSize, REPORT_COLOURS } from '../domain/report-style';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const hex = (colour: string) => colour.replace('#', '');

function blockToDocx(block: Block, accent: string): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(block.label ? [new TextRun({ text: `${block.label}: `, bold: true })] : []), new TextRun(block.text)],
          spacing: { after: 120 },
        }),
      ];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(accent), space: 8 } },
          spacing: { after: 120 },
          children: [
            new TextRun({ text: `“${block.text}”`, italics: true }),
            ...(block.by ? [new TextRun({ text: ` (${block.by})`, color: hex(REPORT_COLOURS.muted) })] : []),
          ],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'table': {
      const row = (cells: readonly string[], header: boolean) =>
        new TableRow({
          tableHeader: header,
          children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] })),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [row(block.header, true), ...squareRows(block.header, block.rows).map((cells) => row(cells, false))],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

/** The organisation's logo, right-aligned above the title (in pixels: 40 pt high at most, a third of the line wide). */
function logoParagraph(logo: NonNullable<ReportBranding['logo']>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [
      new ImageRun({
        type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
        data: logo.data,
        transformation: logoSize(logo, { width: 200, height: 53 }),
        altText: { name: 'Logo', title: logo.alt, description: logo.alt },
      }),
    ],
  });
}

/** The report as a .docx file. */
export async function renderDocx(report: Report): Promise<Buffer> {
  const language = { value: report.language };
  const accent = report.branding?.accent ?? REPORT_COLOURS.accent;
  const doc = new Document({
    title: report.title,
    creator: 'Spiegel',
    styles: {
      default: {
        document: { run: { language, font: 'Noto Sans', size: 22 } },
        heading1: { run: { color: hex(accent), bold: true, size: 36, language } },
        heading2: { run: { color: hex(accent), bold: true, size: 28, language }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { color: hex(REPORT_COLOURS.text), bold: true, size: 24, language }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        children: [
          ...(report.branding?.logo ? [logoParagraph(report.branding.logo)] : []),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.title)] }),
          new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: report.subtitle, color: hex(REPORT_COLOURS.muted) })] }),
          ...report.blocks.flatMap((block) => blockToDocx(block, accent)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
