// Sets text in a PDF with several fonts (Noto Sans subsets, Amiri for Arabic script) and both
// writing directions. pdfkit wraps and lays out text per word from left to right, which breaks
// right-to-left lines; so lines are wrapped here, split into runs (one font and one bidi level
// each, levels from bidi-js), placed in visual order and written in logical order. fontkit
// shapes Arabic (joining forms) and reverses the glyphs of an Arabic run itself, as long as it
// gets the whole run at once (hence `features: []`, which makes pdfkit skip its per-word split).
// Amiri, not Noto Naskh: Noto Naskh draws a dotted letter as a shared dotless shape plus dots,
// and a PDF maps each shape to one letter, so copied or extracted text had the wrong letters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import bidiFactory from 'bidi-js';
import PDFDocument from 'pdfkit';
import { visualOrder } from './bidi-order';

const bidi = bidiFactory();
// pdfkit lays out the whole string in one go when features are given (and an empty list adds none).
const WHOLE_RUN = { features: [] as [] };

const fontDir = (pkg: string) => path.resolve(process.cwd(), 'node_modules/@fontsource', pkg, 'files');
const FONT_FILES = {
  latin: fontDir('noto-sans') + '/noto-sans-latin-400-normal.woff',
  latinExt: fontDir('noto-sans') + '/noto-sans-latin-ext-400-normal.woff',
  cyrillic: fontDir('noto-sans') + '/noto-sans-cyrillic-400-normal.woff',
  arabic: fontDir('amiri') + '/amiri-arabic-400-normal.woff',
  latinBold: fontDir('noto-sans') + '/noto-sans-latin-700-normal.woff',
  latinExtBold: fontDir('noto-sans') + '/noto-sans-latin-ext-700-normal.woff',
  cyrillicBold: fontDir('noto-sans') + '/noto-sans-cyrillic-700-normal.woff',
  arabicBold: fontDir('amiri') + '/amiri-arabic-700-normal.woff',
} as const;
type FontName = keyof typeof FONT_FILES;

let fontData: Map<FontName, Buffer> | undefined;
function fonts(): Map<FontName, Buffer> {
  fontData ??= new Map(Object.entries(FONT_FILES).map(([name, file]) => [name as FontName, readFileSync(file)]));
  return fontData;
}

/** Registers the fonts with a document; fonts are embedded (subset) only when used. */
export function registerFonts(doc: PDFKit.PDFDocument) {
  for (const [name, data] of fonts()) doc.registerFont(name, data);
}

/**
 * A new tagged PDF with the fonts registered, its language and title in the file (read aloud and
 * shown by PDF readers), the root of its structure tree (what screen readers and reflow follow),
 * and the bytes it will have once `doc.end()` is called.
 */
export function newPdf(options: { size: string; margin: number; lang: string; title: string }): {
  doc: PDFKit.PDFDocument;
  root: PDFKit.PDFStructureElement;
  bytes: Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: options.size,
    margin: options.margin,
    lang: options.lang,
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: { Title: options.title, Creator: 'Spiegel' },
  });
  registerFonts(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, root, bytes };
}

type Run = { text: string; font: FontName; level: number; width: number };

const INVISIBLE_BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export type TextOptions = {
  size: number;
  bold?: boolean;
  color?: string;
  lineHeight?: number;
  /** Base direction of this text when it differs from the flyer (a Dutch label or a web address on an Arabic flyer). */
  base?: 'ltr' | 'rtl';
  /** What the paragraph is in the document's structure; a plain paragraph (P) when not given. */
  tag?: 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'LI' | 'TH' | 'TD';
  /** The language of this text when it differs from the document's (a Dutch label on an Arabic flyer). */
  lang?: string;
};

export class PdfTextWriter {
  private coverage = new Map<FontName, (codePoint: number) => boolean>();
  y: number;

  constructor(
    private doc: PDFKit.PDFDocument,
    private box: { left: number; width: number; top: number; bottom: number },
    private dir: 'ltr' | 'rtl',
    private root: PDFKit.PDFStructureElement,
  ) {
    this.y = box.top;
  }

  /** A structure element (a list, a table, a table row) whose children `fill` adds, in reading order. */
  group(tag: 'L' | 'Table' | 'TR' | 'Sect', fill: (element: PDFKit.PDFStructureElement) => void, parent = this.root) {
    const element = this.doc.struct(tag);
    parent.add(element);
    fill(element);
    element.end();
  }

  /** A picture with a text for those who cannot see it (a QR code: where it leads). */
  figure(alt: string, draw: () => void, parent = this.root) {
    parent.add(this.doc.struct('Figure', { alt }, () => draw()));
  }

  /** Decoration (a bar, a rule) that screen readers and text extraction skip. */
  artifact(draw: () => void) {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /** Fonts to try, in order: for a right-to-left language Arabic first, so spaces and punctuation stay with the Arabic run. */
  private order(bold: boolean): FontName[] {
    const latin: FontName[] = bold ? ['latinBold', 'latinExtBold', 'cyrillicBold', 'arabicBold'] : ['latin', 'latinExt', 'cyrillic', 'arabic'];
    if (this.dir === 'rtl') latin.unshift(latin.pop()!);
    return latin;
  }

  private covers(font: FontName, codePoint: number): boolean {
    let check = this.coverage.get(font);
    if (!check) {
      this.doc.font(font);
      // pdfkit keeps the fontkit font of the current font here; it is the only way to ask for coverage.
      const fk = (this.doc as unknown as { _font: { font: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
      check = (cp) => fk.hasGlyphForCodePoint(cp);
      this.coverage.set(font, check);
    }
    return check(codePoint);
  }

  /** Splits a line (logical order) into runs of one font and one bidi level. */
  private runs(line: string, opts: TextOptions): Run[] {
    const levels = bidi.getEmbeddingLevels(line, opts.base ?? this.dir).levels;
    const order = this.order(!!opts.bold);
    const runs: Run[] = [];
    let current: Run | undefined;
    for (let i = 0; i < line.length;) {
      const codePoint = line.codePointAt(i)!;
      const char = String.fromCodePoint(codePoint);
      const level = levels[i]!;
      // Direction marks and isolates steer the levels but have no glyph.
      if (INVISIBLE_BIDI.test(char)) {
        i += char.length;
        continue;
      }
      // Keep the current font while it can draw the character (digits, punctuation), but give a
      // space to the language's own font: a space after a Latin full stop in Arabic text then
      // belongs to the Arabic, and text extractors put the stop before the space, not after it.
      const keep = current && current.level === level && this.covers(current.font, codePoint) && !(char === ' ' && this.covers(order[0]!, codePoint));
      const font = keep ? current!.font : (order.find((f) => this.covers(f, codePoint)) ?? order[0]!);
      if (current && current.font === font && current.level === level) current.text += char;
      else runs.push((current = { text: char, font, level, width: 0 }));
      i += char.length;
    }
    for (const run of runs) {
      // fontkit reverses Arabic runs itself; other runs at a right-to-left level are reversed here.
      if (run.level % 2 === 1 && !ARABIC_LETTER.test(run.text)) {
        run.text = [...run.text]
          .reverse()
          .map((c) => bidi.getMirroredCharacter(c) ?? c)
          .join('');
      }
      run.width = this.doc.font(run.font).fontSize(opts.size).widthOfString(run.text, WHOLE_RUN);
    }
    return runs;
  }

  private width(line: string, opts: TextOptions): number {
    return this.runs(line, opts).reduce((sum, r) => sum + r.width, 0);
  }

  /** Greedy line wrapping on spaces, in logical order. */
  private wrap(text: string, opts: TextOptions, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (line && this.width(candidate, opts) > width) {
          lines.push(line);
          line = word;
        } else line = candidate;
      }
      lines.push(line);
    }
    return lines;
  }

  /** Writes a paragraph in the box (or a narrower part of it), aligned to the start side of the language. */
  paragraph(text: string, opts: TextOptions, area: { left: number; width: number } = this.box, parent = this.root) {
    const options = opts.lang ? { lang: opts.lang } : {};
    parent.add(this.doc.struct(opts.tag ?? 'P', options, () => this.lines(text, opts, area)));
  }

  private lines(text: string, opts: TextOptions, area: { left: number; width: number }) {
    const lineHeight = opts.size * (opts.lineHeight ?? 1.45);
    const lines = this.wrap(text, opts, area.width);
    lines.forEach((line, lineIndex) => {
      this.ensureSpace(lineHeight);
      const runs = this.runs(line, opts);
      const total = runs.reduce((sum, r) => sum + r.width, 0);
      // Runs are placed in visual order but written to the file in logical order, so text
      // extractors (pdf.js keeps the file's order) and screen readers get the sentence as written.
      const xs: number[] = [];
      const start = this.dir === 'rtl' ? area.left + area.width - total : area.left;
      let x = start;
      for (const index of visualOrder(runs.map((r) => r.level))) {
        xs[index] = x;
        x += runs[index]!.width;
      }
      const baseline = this.y + opts.size;
      const draw = (run: Pick<Run, 'text' | 'font'>, at: number) =>
        this.doc
          .font(run.font)
          .fontSize(opts.size)
          .fillColor(opts.color ?? '#1a1a1a')
          .text(run.text, at, baseline, { lineBreak: false, baseline: 'alphabetic', ...WHOLE_RUN });
      runs.forEach((run, index) => draw(run, xs[index]!));
      // The space where the line was wrapped, just outside the line: copied text and screen
      // readers keep the last word of this line apart from the first of the next.
      if (lineIndex < lines.length - 1 && runs.length > 0) {
        const font = runs[runs.length - 1]!.font;
        const space = this.doc.font(font).fontSize(opts.size).widthOfString(' ');
        draw({ text: ' ', font }, this.dir === 'rtl' ? start - space : start + total);
      }
      this.y += lineHeight;
    });
  }

  /** Starts a new page when the next block does not fit any more. */
  ensureSpace(height: number) {
    if (this.y + height <= this.box.bottom) return;
    this.doc.addPage();
    this.y = this.box.top;
  }

  space(points: number) {
    this.y += points;
  }
}
