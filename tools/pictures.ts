/** Pictures made when needed with sharp (tests, benchmark): no binary fixtures in the repository. */
import { createDeflate, crc32 } from 'node:zlib';
import sharp from 'sharp';

/** An SVG landscape (sky gradient, sun, hills), so screenshots show something picture-like. */
function scene(width: number, height: number, hue: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<defs><linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,72%)"/>` +
      `<stop offset="1" stop-color="hsl(${hue + 40},45%,35%)"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/>` +
      `<circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.12}" fill="hsl(${hue + 180},70%,88%)"/>` +
      `<path d="M0 ${height * 0.8} L${width * 0.3} ${height * 0.55} L${width * 0.55} ${height * 0.72} L${width} ${height * 0.5} V${height} H0Z" fill="hsl(${hue + 20},30%,22%)"/>` +
      `</svg>`,
  );
}

/** A JPEG of `width` × `height` px. */
export function jpeg(width: number, height: number, hue = 200): Promise<Buffer> {
  return sharp(scene(width, height, hue))
    .jpeg({ quality: 80 })
    .toBuffer();
}

/**
 * A JPEG as heavy as a photograph: the landscape under blurred noise, which compresses about as
 * badly as real grain and detail. For measuring weights, where a flat drawing would flatter.
 */
export async function photo(width: number, height: number, hue = 200): Promise<Buffer> {
  const grain = await sharp({
    create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
  })
    .blur(1.2)
    .png()
    .toBuffer();
  return sharp(scene(width, height, hue))
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A PNG of `width` × `height` px. */
export function png(width: number, height: number, hue = 120): Promise<Buffer> {
  return sharp(scene(width, height, hue))
    .png()
    .toBuffer();
}

/**
 * A real grey PNG of `width` × `height` px, all black: a decompression bomb (20,000 × 20,000 px is
 * 400 MB once decoded, about 400 KB on disk). Written row by row, never held decoded in memory.
 */
export async function bombPng(width: number, height: number): Promise<Buffer> {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = Buffer.alloc(width + 1); // filter byte, then black pixels
  for (let y = 0; y < height; y += 1) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(compressed)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
