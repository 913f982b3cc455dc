import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A VietQR payload as a QR image (SVG, drawn in the browser: no canvas needed). */
export function VietQrImage({ payload, alt, size = 220 }: { payload: string; alt: string; size?: number }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toString(payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => {
        if (live) setSrc(undefined);
      },
    );
    return () => {
      live = false;
    };
  }, [payload]);
  return src ? (
    <img className="payment-simulator__qr" src={src} alt={alt} width={size} height={size} />
  ) : null;
}
