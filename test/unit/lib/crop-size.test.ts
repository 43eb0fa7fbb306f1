import { describe, expect, it } from 'vitest';
import { cropSize } from '../../../src/lib/crop-size';

describe('cropSize', () => {
  it.each([
    [{ width: 1600, height: 1000 }, 16 / 9, { width: 1200, height: 675 }],
    [{ width: 1600, height: 1000 }, 4 / 3, { width: 1200, height: 900 }],
    [{ width: 1600, height: 1000 }, 1, { width: 1000, height: 1000 }],
    [{ width: 1600, height: 1000 }, 1200 / 630, { width: 1200, height: 630 }],
    [{ width: 1200, height: 400 }, 16 / 9, { width: 711, height: 400 }],
    [{ width: 4000, height: 3000 }, 1, { width: 1200, height: 1200 }],
  ])('crops %o at ratio %d to %o, never enlarging', (picture, ratio, size) => {
    expect(cropSize(picture, ratio)).toEqual(size);
  });
});
