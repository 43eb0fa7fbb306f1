import { describe, expect, it } from 'vitest';
import { absoluteImageUrls, tidyPictureSources } from '../../../src/lib/picture-html';

describe('tidyPictureSources', () => {
  it('removes the attributes a <source> may not carry, and touches nothing else', () => {
    const html =
      '<picture><source type="image/avif" sizes="100vw" width="10" height="5" loading="lazy" decoding="async" src="/a.avif" srcset="/a.avif 10w">' +
      '<img alt="A" loading="lazy" decoding="async" src="/a.webp" srcset="/a.webp 10w"></picture><p>src="/x" loading="lazy"</p>';
    expect(tidyPictureSources(html)).toBe(
      '<picture><source type="image/avif" sizes="100vw" width="10" height="5" srcset="/a.avif 10w">' +
        '<img alt="A" loading="lazy" decoding="async" src="/a.webp" srcset="/a.webp 10w"></picture><p>src="/x" loading="lazy"</p>',
    );
  });
});

describe('absoluteImageUrls', () => {
  it('makes site paths of images absolute, in src and in each srcset candidate', () => {
    expect(
      absoluteImageUrls(
        '<img src="/_astro/a.webp" srcset="/_astro/a.webp 360w, /_astro/b.webp 720w"><source srcset="/_astro/a.avif 1x">',
        'https://liseuse.example',
      ),
    ).toBe(
      '<img src="https://liseuse.example/_astro/a.webp" srcset="https://liseuse.example/_astro/a.webp 360w, https://liseuse.example/_astro/b.webp 720w"><source srcset="https://liseuse.example/_astro/a.avif 1x">',
    );
  });

  it('leaves links, text and already absolute URLs alone', () => {
    const html = '<a href="/x/">x</a><p>src="/y"</p><img src="https://autre.example/z.png">';
    expect(absoluteImageUrls(html, 'https://liseuse.example')).toBe(html);
  });
});
