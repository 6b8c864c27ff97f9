// Opening generated files in tests: one file out of a zip archive (a .docx is one), with Node's zlib only, and a PDF's text.
import { inflateRawSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';

/** The text of the entry `name` in the zip, or undefined when there is none. */
export function readZipEntry(zip: Buffer, name: string): string | undefined {
  // The end of central directory record: signature 0x06054b50, within the last 64 KiB.
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}

/** The text of a PDF, with runs of white space made one space. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

/**
 * A text without white space, direction marks and tatweel: how right-to-left text is compared.
 * pdf.js starts a new text item (and pdf-parse puts a space) at each change of direction, so spaces
 * around a number or a Latin word in Arabic move; and the stroke Amiri adds between some letters
 * reads back as a tatweel (ـ, an elongation, not a letter). The letters and their order must not change.
 */
export function lettersOf(text: string): string {
  return text.replace(/[\s\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The paragraphs of a Word file's body, each the text of its runs in order. */
export function docxParagraphs(docx: Buffer): string[] {
  const body = readZipEntry(docx, 'word/document.xml') ?? '';
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([paragraph]) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map(([, text]) => text!)
        .join('')
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!),
    )
    .filter((text) => text !== '');
}
