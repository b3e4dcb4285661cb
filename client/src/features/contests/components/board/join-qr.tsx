import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of the contest's join link, drawn in the browser. */
export function JoinQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 320 })
      .then((data) => !cancelled && setSrc(data))
      .catch(() => !cancelled && setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (!src) return null;
  return (
    <figure className="race__qr">
      <img src={src} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
