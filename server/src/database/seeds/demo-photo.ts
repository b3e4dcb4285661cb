import { crc32, deflateSync } from 'node:zlib';

/**
 * A small PNG standing in for a unit's photo of a banner or a panel in the demo: a red
 * field with a yellow star and pale lines where the slogan would be. Made here so the demo
 * ships no binary files and every evidence file is a real, valid image.
 */
export function demoBannerPhoto(width = 480, height = 270): Buffer {
  const row = width * 3 + 1;
  const pixels = Buffer.alloc(row * height);
  const star = starTest(width * 0.16, height * 0.5, height * 0.28);
  for (let y = 0; y < height; y++) {
    pixels[y * row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const slogan =
        x > width * 0.32 && x < width * 0.92 && [0.36, 0.5, 0.64].some((c) => Math.abs(y / height - c) < 0.035);
      const [r, g, b] = star(x, y) ? [255, 205, 0] : slogan ? [250, 235, 215] : [200, 16, 46];
      const i = y * row + 1 + x * 3;
      pixels[i] = r;
      pixels[i + 1] = g;
      pixels[i + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether (x, y) is inside a five-pointed star centred at (cx, cy) with outer radius r. */
function starTest(cx: number, cy: number, r: number): (x: number, y: number) => boolean {
  const points = Array.from({ length: 10 }, (_, i) => {
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const radius = i % 2 === 0 ? r : r * 0.38;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
  });
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}
