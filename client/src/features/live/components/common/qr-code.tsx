import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

interface QrCodeProps {
  value: string;
  /** Rendered pixel size of the image (the data URL is drawn at twice that for sharp projectors). */
  size: number;
  label: string;
  testId?: string;
  className?: string;
  /** Size set by CSS (the screen scales with the projector) instead of `size`. */
  fluid?: boolean;
}

/** A QR code as an <img> from a data URL (printable, and right-click "save image" works). */
export function QrCode({ value, size, label, testId, className, fluid = false }: QrCodeProps) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toDataURL(value, { errorCorrectionLevel: 'M', margin: 1, width: size * 2 })
      .then((url) => !cancelled && setSrc(url))
      .catch(() => !cancelled && setSrc(null));
    return () => {
      cancelled = true;
    };
  }, [value, size]);
  return (
    <span
      className={`qr ${className ?? ''}`}
      style={fluid ? undefined : { width: size, height: size }}
      data-testid={testId}
      data-value={value}
    >
      {src && <img src={src} width={size} height={size} alt={label} />}
    </span>
  );
}
