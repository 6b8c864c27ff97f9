/** An inline SVG QR code (made on the server by the qrcode package) with an accessible name. */
export function QrCode({ svg, label }: { svg: string; label: string }) {
  return <div className="materials-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
