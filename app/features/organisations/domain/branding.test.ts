import { crc32, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jpegImage, pngImage } from '#tests/files';
import {
  accentProblem,
  contrastRatio,
  DEFAULT_ACCENT,
  isHexColour,
  logoProblem,
  MAX_LOGO_BYTES,
  MAX_LOGO_PIXELS,
  MIN_CONTRAST,
  pngDataIntact,
  readLogo,
  relativeLuminance,
  storedAccent,
} from './branding';

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const anyChannel = fc.integer({ min: 0, max: 255 });
/** The PNG's signature and header with other image data (a damaged or crafted file). */
function withData(png: Buffer, data: Buffer): Buffer {
  const chunk = (type: string, body: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const out = Buffer.alloc(typed.length + 8);
    out.writeUInt32BE(body.length, 0);
    typed.copy(out, 4);
    out.writeUInt32BE(crc32(typed), typed.length + 4);
    return out;
  };
  return Buffer.concat([png.subarray(0, 33), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

const anyColour = fc.tuple(anyChannel, anyChannel, anyChannel).map(([r, g, b]) => hex(r, g, b));

describe('the accent colour', () => {
  it('is a # with six hexadecimal digits', () => {
    for (const good of ['#154273', '#ABCDEF', '#000000']) expect(isHexColour(good)).toBe(true);
    for (const bad of ['154273', '#15427', '#1542733', '#15427g', 'blue', '', ' #154273']) expect(isHexColour(bad)).toBe(false);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#154273', '#154273')).toBe(1);
    // The well-known edge: #767676 is the lightest grey that passes 4.5:1 on white, #777777 fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(MIN_CONTRAST);
    expect(contrastRatio(DEFAULT_ACCENT, '#ffffff')).toBeCloseTo(10.2, 1);
  });

  it('refuses codes that are no colour, and colours too light to read on white paper', () => {
    expect(accentProblem('#154273')).toBeNull();
    expect(accentProblem('#767676')).toBeNull();
    expect(accentProblem('#777777')).toBe('org.accentContrast');
    expect(accentProblem('#ffff00')).toBe('org.accentContrast');
    expect(accentProblem('#ffffff')).toBe('org.accentContrast');
    expect(accentProblem('154273')).toBe('org.accentInvalid');
    expect(accentProblem('')).toBe('org.accentInvalid');
  });

  it('is stored in lower case, and Spiegel’s own colour as empty', () => {
    expect(storedAccent('#7A1F5C')).toBe('#7a1f5c');
    expect(storedAccent(DEFAULT_ACCENT.toUpperCase())).toBe('');
  });

  it('has a contrast between 1 and 21, the same either way round (any two colours)', () => {
    fc.assert(
      fc.property(anyColour, anyColour, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
        expect(contrastRatio(b, a)).toBe(ratio);
      }),
    );
  });

  it('accepts a colour exactly when it reads on white, and then every darker colour too', () => {
    fc.assert(
      fc.property(anyChannel, anyChannel, anyChannel, fc.nat(255), (r, g, b, darker) => {
        const colour = hex(r, g, b);
        expect(accentProblem(colour) === null).toBe(1.05 / (relativeLuminance(colour) + 0.05) >= MIN_CONTRAST);
        const dimmed = hex(Math.max(0, r - darker), Math.max(0, g - darker), Math.max(0, b - darker));
        if (accentProblem(colour) === null) expect(accentProblem(dimmed)).toBeNull();
        // Upper and lower case are the same colour.
        expect(accentProblem(colour.toUpperCase())).toBe(accentProblem(colour));
      }),
    );
  });
});

describe('the logo file', () => {
  it('is known by its bytes: a PNG or a JPEG with its size in pixels', () => {
    expect(readLogo(pngImage({ width: 120, height: 40 }))).toEqual({ mediaType: 'image/png', width: 120, height: 40 });
    expect(readLogo(jpegImage())).toEqual({ mediaType: 'image/jpeg', width: 8, height: 8 });
  });

  it('finds a JPEG’s size after other segments (JFIF, Exif)', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const frame = [0xff, 0xc2, 0x00, 0x11, 8, 0x01, 0x2c, 0x02, 0x58, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
    expect(readLogo(Buffer.from([0xff, 0xd8, ...app0, ...frame, 0xff, 0xd9]))).toEqual({ mediaType: 'image/jpeg', width: 600, height: 300 });
  });

  it('refuses other files, whatever they are called', () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const pngSignatureOnly = pngImage().subarray(0, 8);
    const pngWithoutHeader = Buffer.concat([pngImage().subarray(0, 12), Buffer.from('IDAT'), Buffer.alloc(8)]);
    const jpegWithoutFrame = Buffer.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 1, 0, 0, 63, 0, 0xff, 0xd9]);
    for (const file of [gif, svg, pngSignatureOnly, pngWithoutHeader, jpegWithoutFrame, Buffer.from('hallo.png')]) expect(readLogo(file)).toBeNull();
    expect(logoProblem(svg)).toBe('org.logoType');
  });

  it('says why a file cannot be the logo: none chosen, too many bytes or pixels, not a picture', () => {
    expect(logoProblem(pngImage())).toBeNull();
    expect(logoProblem(jpegImage())).toBeNull();
    expect(logoProblem(Buffer.alloc(0))).toBe('org.logoMissing');
    const tooLarge = Buffer.concat([pngImage(), Buffer.alloc(MAX_LOGO_BYTES)]);
    expect(logoProblem(tooLarge)).toBe('org.logoTooLarge');
    expect(logoProblem(Buffer.concat([pngImage(), Buffer.alloc(MAX_LOGO_BYTES - pngImage().length)]))).toBeNull();
    // A small file that claims a huge picture (a PNG of zeros packs very well).
    const huge = Buffer.from(pngImage());
    huge.writeUInt32BE(MAX_LOGO_PIXELS + 1, 16);
    expect(logoProblem(huge)).toBe('org.logoTooManyPixels');
  });

  it('reads any PNG’s size, and never takes bytes without a PNG or JPEG signature for a logo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (width, height) => {
        expect(readLogo(pngImage({ width, height }))).toEqual({ mediaType: 'image/png', width, height });
      }),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const signed = bytes[0] === 0x89 || (bytes[0] === 0xff && bytes[1] === 0xd8);
        if (!signed) expect(readLogo(bytes)).toBeNull();
        // Whatever the bytes, reading them never throws.
        expect(() => readLogo(Buffer.from([0xff, 0xd8, 0xff, ...bytes]))).not.toThrow();
        expect(() => readLogo(Buffer.concat([pngImage().subarray(0, 8), bytes]))).not.toThrow();
      }),
    );
  });

  it('takes a PNG only when its pixels unpack whole (the PDF renderer would stop the server on a damaged one)', () => {
    // 8 × 4 RGB: four rows of a filter byte and 24 bytes.
    const png = pngImage();
    const row = (filter: number) => [filter, ...new Array<number>(24).fill(7)];
    expect(logoProblem(withData(png, deflateSync(Buffer.from([...row(0), ...row(1), ...row(2), ...row(4)]))))).toBeNull();
    const damaged = [
      withData(png, Buffer.from('geen zlib-gegevens')),
      withData(png, deflateSync(Buffer.from([...row(0), ...row(0), ...row(0)]))), // a row short
      withData(png, deflateSync(Buffer.from([...row(0), ...row(0), ...row(0), ...row(0), 0]))), // a byte too many
      withData(png, deflateSync(Buffer.from([...row(0), ...row(9), ...row(0), ...row(0)]))), // no such filter
      png.subarray(0, png.length - 20), // cut off
    ];
    for (const file of damaged) expect(logoProblem(file)).toBe('org.logoDamaged');
    // A small file that unpacks to far more than its size says stops at that size.
    const header = Buffer.from(pngImage({ width: 3000, height: 3000 }).subarray(0, 33));
    expect(logoProblem(withData(header, deflateSync(Buffer.alloc(40_000_000))))).toBe('org.logoDamaged');
  });

  it('takes any whole PNG, plain, transparent or interlaced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }), fc.boolean(), fc.boolean(), (width, height, transparent, interlaced) => {
        const png = pngImage({ width, height, interlaced, ...(transparent ? { alpha: 100 } : {}) });
        expect(pngDataIntact(png, { width, height })).toBe(true);
        expect(logoProblem(png)).toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});
