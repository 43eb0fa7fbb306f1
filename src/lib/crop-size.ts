/** Sizes of the crops made from a lead picture. */

/** The largest size of aspect `ratio`, at most 1200 px wide, that fits in the picture: never enlarged. */
export function cropSize(picture: { width: number; height: number }, ratio: number): { width: number; height: number } {
  const width = Math.floor(Math.min(1200, picture.width, picture.height * ratio));
  return { width, height: Math.round(width / ratio) };
}
