// Opening generated files in tests: one file out of a zip archive (a .docx is one), with Node's zlib only, and a PDF's text.
import { crc32, deflateSync, inflateRawSync } from 'node:zlib';
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

/** A small PNG of one colour (RGB, or RGBA with `alpha`; Adam7-interlaced if asked), made here so tests carry no binary files. */
export function pngImage({
  width = 8,
  height = 4,
  rgb = [0x15, 0x42, 0x73],
  alpha,
  interlaced = false,
}: { width?: number; height?: number; rgb?: number[]; alpha?: number; interlaced?: boolean } = {}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, alpha === undefined ? 2 : 6, 0, 0, interlaced ? 1 : 0], 8);
  const pixel = alpha === undefined ? rgb : [...rgb, alpha];
  // The image in passes (one, or Adam7's seven); each row: filter type 0, then its pixels.
  const passes = interlaced
    ? [
        [0, 0, 8, 8],
        [4, 0, 8, 8],
        [0, 4, 4, 8],
        [2, 0, 4, 4],
        [0, 2, 2, 4],
        [1, 0, 2, 2],
        [0, 1, 1, 2],
      ]
    : [[0, 0, 1, 1]];
  const rows: number[] = [];
  for (const [x, y, dx, dy] of passes) {
    const columns = Math.max(0, Math.ceil((width - x!) / dx!));
    const count = columns > 0 ? Math.max(0, Math.ceil((height - y!) / dy!)) : 0;
    for (let row = 0; row < count; row++) rows.push(0, ...Array.from({ length: columns }, () => pixel).flat());
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A valid 8 × 8 grey baseline JPEG, made by hand: one quantisation table, a frame, two one-code
 * Huffman tables and one block whose only code says "no change, end of block".
 */
export function jpegImage(): Buffer {
  const segment = (marker: number, body: number[]) => [0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
  const huffman = (tableClass: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    ...segment(0xc4, huffman(0)),
    ...segment(0xc4, huffman(1)),
    ...segment(0xda, [1, 1, 0, 0, 63, 0]),
    0b00111111,
    0xff,
    0xd9,
  ]);
}

/** The names of the entries in a zip archive. */
export function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const names: string[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}
