// The organisation's look on its reports: an accent colour for the title, headings and quote bars,
// and a logo at the top. Pure rules: which colours read well on white paper, which files are logos.
import { inflateSync } from 'node:zlib';
import type { MessageKey } from '#app/i18n/i18n';

/** Spiegel's own accent (the app's brand colour), used while an organisation has none ('' stored). */
export const DEFAULT_ACCENT = '#154273';

/** WCAG's minimum contrast for normal text: headings in the accent are printed on white. */
export const MIN_CONTRAST = 4.5;

/** A logo is small: it sits in a corner of the first page (300 kB). */
export const MAX_LOGO_BYTES = 300 * 1024;
/**
 * And its pixels bounded: a small file can hold a huge picture, and the PDF renderer unpacks a
 * PNG with transparency in memory (3000 × 3000 is 36 MB at most).
 */
export const MAX_LOGO_PIXELS = 3000;

export const logoMediaTypes = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof logoMediaTypes)[number];

export const isHexColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

/** WCAG 2 relative luminance of a #rrggbb colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21, the same either way round. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Why a colour cannot be the accent, or null when it can: a #rrggbb code that reads on white. */
export function accentProblem(value: string): MessageKey | null {
  if (!isHexColour(value)) return 'org.accentInvalid';
  return contrastRatio(value, '#ffffff') >= MIN_CONTRAST ? null : 'org.accentContrast';
}

/** The colour as stored: lower case, and '' for Spiegel's own (so a later change of the default reaches it). */
export function storedAccent(value: string): string {
  const colour = value.toLowerCase();
  return colour === DEFAULT_ACCENT ? '' : colour;
}

export type LogoImage = { mediaType: LogoMediaType; width: number; height: number };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What the file is by its own bytes (never by its name): a PNG or JPEG with its size in pixels, or
 * null. The renderers need the size, and reading it also shows the file is not just a signature.
 */
export function readLogo(bytes: Uint8Array): LogoImage | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    // The first chunk is IHDR: length (4), type (4), width (4), height (4).
    if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
    return sized('image/png', view.getUint32(16), view.getUint32(20));
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    // Walk the segments to the frame header (SOFn), which holds the height and width.
    let at = 2;
    while (at + 9 <= bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at += 1; // fill byte
        continue;
      }
      const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isFrame) return sized('image/jpeg', view.getUint16(at + 7), view.getUint16(at + 5));
      if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
      at += 2 + view.getUint16(at + 2);
    }
  }
  return null;
}

const sized = (mediaType: LogoMediaType, width: number, height: number): LogoImage | null => (width > 0 && height > 0 ? { mediaType, width, height } : null);

/** Why a file cannot be the logo (nothing chosen, too large, not a PNG or JPEG, damaged), or null when it can. */
export function logoProblem(bytes: Uint8Array): MessageKey | null {
  if (bytes.length === 0) return 'org.logoMissing';
  if (bytes.length > MAX_LOGO_BYTES) return 'org.logoTooLarge';
  const image = readLogo(bytes);
  if (!image) return 'org.logoType';
  if (image.width > MAX_LOGO_PIXELS || image.height > MAX_LOGO_PIXELS) return 'org.logoTooManyPixels';
  return image.mediaType === 'image/jpeg' || pngDataIntact(bytes, image) ? null : 'org.logoDamaged';
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Adam7 interlacing: the seven passes' first column and row and their steps.
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/**
 * Whether a PNG's pixels unpack to exactly its size with a valid filter on every row. The PDF
 * renderer unpacks some PNGs (transparency, palettes, interlacing) in a callback where a damaged
 * file would stop the server, so only whole files are taken. Call after the size was bounded.
 */
export function pngDataIntact(bytes: Uint8Array, { width, height }: { width: number; height: number }): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [bitDepth, colourType, , , interlace] = bytes.subarray(24, 29);
  const channels = CHANNELS[colourType!];
  const depthAllowed = colourType === 0 || (colourType === 3 ? bitDepth! <= 8 : bitDepth! >= 8);
  if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth!) || !depthAllowed || interlace! > 1) return false;
  const data: Uint8Array[] = [];
  for (let at = 8; ;) {
    if (at + 12 > bytes.length) return false;
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) return false;
    if (type === 'IDAT') data.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const passes = (interlace ? ADAM7 : [[0, 0, 1, 1] as const]).map(([x, y, dx, dy]) => {
    const columns = Math.ceil((width - x) / dx);
    return { rows: columns > 0 ? Math.max(0, Math.ceil((height - y) / dy)) : 0, rowBytes: Math.ceil((columns * channels * bitDepth!) / 8) };
  });
  const expected = passes.reduce((sum, pass) => sum + pass.rows * (1 + pass.rowBytes), 0);
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected });
  } catch {
    return false;
  }
  if (pixels.length !== expected) return false;
  let at = 0;
  for (const pass of passes) for (let row = 0; row < pass.rows; row++, at += 1 + pass.rowBytes) if (pixels[at]! > 4) return false;
  return true;
}
