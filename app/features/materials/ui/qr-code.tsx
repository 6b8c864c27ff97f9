import type { ReactNode } from 'react';

/** An inline SVG QR code (made on the server by the qrcode package) with an accessible name. */
export function QrCode({ svg, label }: { svg: string; label: string }) {
  return <div className="materials-qr" role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** A QR code with the link and code it stands for beside it. */
export function QrBlock({ svg, label, children }: { svg: string; label: string; children: ReactNode }) {
  return (
    <div className="spiegel-inline" style={{ alignItems: 'start', gap: '1.5rem' }}>
      <QrCode svg={svg} label={label} />
      {children}
    </div>
  );
}
