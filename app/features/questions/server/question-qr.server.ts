import QRCode from 'qrcode';

/** A QR code as inline SVG markup: sharp on a projector and on paper, no image file needed. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
