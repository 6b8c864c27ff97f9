// QR codes for links people scan from paper or a screen (flyers, boards, question links).
import QRCode from 'qrcode';

// Medium error correction: survives a crease or a smudge on a printed flyer.
const options = { errorCorrectionLevel: 'M' as const, margin: 1 };

/** An SVG QR code to place inline in a page (the page gives it an accessible label). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...options, type: 'svg' });
}

/** A PNG QR code for a PDF. */
export async function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...options, type: 'png', width: 600 });
}
