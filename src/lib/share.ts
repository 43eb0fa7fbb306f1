/** Share links: plain URLs that work without JavaScript and load nothing from the networks. */

export interface ShareTarget {
  /** Name shown to the reader. */
  name: string;
  href: string;
}

/**
 * Links that open each network's own share page with the canonical URL (and the title where the
 * network takes one), encoded with URLSearchParams. Mastodon has no single host: toot.kytta.dev
 * asks the reader for their instance and keeps nothing.
 */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const text = `${title} ${url}`;
  const link = (base: string, params: Record<string, string>) => `${base}?${new URLSearchParams(params)}`;
  return [
    {
      name: 'E-mail',
      href: `mailto:?${new URLSearchParams({ subject: title, body: url }).toString().replaceAll('+', '%20')}`,
    },
    { name: 'WhatsApp', href: link('https://wa.me/', { text }) },
    { name: 'Telegram', href: link('https://t.me/share/url', { url, text: title }) },
    { name: 'Bluesky', href: link('https://bsky.app/intent/compose', { text }) },
    { name: 'Mastodon', href: link('https://toot.kytta.dev/', { text }) },
    { name: 'X', href: link('https://x.com/intent/post', { url, text: title }) },
    { name: 'LinkedIn', href: link('https://www.linkedin.com/sharing/share-offsite/', { url }) },
    { name: 'Facebook', href: link('https://www.facebook.com/sharer/sharer.php', { u: url }) },
  ];
}
