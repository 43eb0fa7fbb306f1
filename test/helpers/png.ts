/** Read a PNG's dimensions from its IHDR chunk, without an image library. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((byte, i) => png[i] === byte)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
