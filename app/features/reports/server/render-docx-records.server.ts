// A report as a Word file (.docx) with the `docx` library: Word's own heading styles (so the
// navigation pane and screen readers see the structure), the document language on every run by
// default, and the title in the file's properties.
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { textDirection } from '#app/features/materials/domain/languages';
import { type Block, type Report, type ReportBranding, squareRows } from '../domain/report';
import { logoSize, REPORT_COLOURS } from '../domain/report-style';

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const hex = (colour: string) => colour.replace('#', '');

/** Word needs the direction on every paragraph and run, and the language per run (w:lang, w:bidi for Arabic script). */
function writing(language: string) {
  const rtl = textDirection(language) === 'rtl';
  return {
    paragraph: { bidirectional: rtl },
    run: { rightToLeft: rtl, language: rtl ? { bidirectional: language } : { value: language } },
  };
}

function blockToDocx(block: Block, report: Report, accent: string): (Paragraph | Table)[] {
  const w = writing((block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote' ? block.lang : undefined) ?? report.language);
  const run = (options: { text: string; bold?: boolean; italics?: boolean; color?: string }) => new TextRun({ ...w.run, ...options });
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ ...w.paragraph, heading: HEADING[block.level], children: [run({ text: block.text })] })];
    case 'paragraph':
      return [
        new Paragraph({
          ...w.paragraph,
          children: [...(block.label ? [run({ text: `${block.label}: `, bold: true })] : []), run({ text: block.text })],
          spacing: { after: 120 },
        }),
      ];
    case 'quote':
      return [
        new Paragraph({
          ...w.paragraph,
          indent: { start: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: hex(accent), space: 8 } },
          spacing: { after: 120 },
          children: [run({ text: `“${block.text}”`, italics: true }), ...(block.by ? [run({ text: ` (${block.by})`, color: hex(REPORT_COLOURS.muted) })] : [])],
        }),
      ];
    case 'list':
      return block.items.map((item) => new Paragraph({ ...w.paragraph, bullet: { level: 0 }, children: [run({ text: item })] }));
    case 'table': {
      const row = (cells: readonly string[], header: boolean) =>
        new TableRow({
          tableHeader: header,
          children: cells.map((text) => new TableCell({ children: [new Paragraph({ ...w.paragraph, children: [run({ text, bold: header })] })] })),
        });
      return [
        new Table({
          visuallyRightToLeft: w.run.rightToLeft,
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
  const w = writing(report.language);
  const language = w.run.language;
  const accent = report.branding?.accent ?? REPORT_COLOURS.accent;
  const doc = new Document({
    title: report.title,
    creator: 'Spiegel',
    styles: {
      default: {
        // Noto Sans where installed; Arial, which every Word has, for Arabic script.
        document: { run: { language, font: { ascii: 'Noto Sans', hAnsi: 'Noto Sans', cs: 'Arial' }, size: 22 } },
        heading1: { run: { color: hex(accent), bold: true, size: 36, language } },
        heading2: { run: { color: hex(accent), bold: true, size: 28, language }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { color: hex(REPORT_COLOURS.text), bold: true, size: 24, language }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        children: [
          ...(report.branding?.logo ? [logoParagraph(report.branding.logo)] : []),
          new Paragraph({ ...w.paragraph, heading: HeadingLevel.HEADING_1, children: [new TextRun({ ...w.run, text: report.title })] }),
          new Paragraph({
            ...w.paragraph,
            spacing: { after: 240 },
            children: [new TextRun({ ...w.run, text: report.subtitle, color: hex(REPORT_COLOURS.muted) })],
          }),
          ...report.blocks.flatMap((block) => blockToDocx(block, report, accent)),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
