import { describe, expect, it } from 'vitest';
import { absoluteUrls, tidyPictureSources } from '../../../src/lib/picture-html';

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

describe('absoluteUrls', () => {
  const page = 'https://liseuse.example/articles/x/';

  it('makes site paths of images absolute, in src and in each srcset candidate', () => {
    expect(
      absoluteUrls(
        '<img src="/_astro/a.webp" srcset="/_astro/a.webp 360w, /_astro/b.webp 720w"><source srcset="/_astro/a.avif 1x">',
        page,
      ),
    ).toBe(
      '<img src="https://liseuse.example/_astro/a.webp" srcset="https://liseuse.example/_astro/a.webp 360w, https://liseuse.example/_astro/b.webp 720w"><source srcset="https://liseuse.example/_astro/a.avif 1x">',
    );
  });

  it('resolves links as the article’s page would: site paths, relative paths and notes', () => {
    expect(
      absoluteUrls(
        '<a href="/rubriques/x/">a</a><a href="../y/">b</a><a href="#user-content-fn-1">c</a><a href="/a?b=1&amp;c=2">d</a>',
        page,
      ),
    ).toBe(
      '<a href="https://liseuse.example/rubriques/x/">a</a><a href="https://liseuse.example/articles/y/">b</a>' +
        '<a href="https://liseuse.example/articles/x/#user-content-fn-1">c</a><a href="https://liseuse.example/a?b=1&amp;c=2">d</a>',
    );
  });

  it('leaves text and addresses with a scheme alone', () => {
    const html =
      '<p>src="/y" href="/z"</p><img src="https://autre.example/z.png"><a href="mailto:a@b.example">m</a><a href="https://a.example">e</a>';
    expect(absoluteUrls(html, page)).toBe(html);
  });
});
