import { describe, expect, it } from 'vitest';
import { shareTargets } from '../../../src/lib/share';

const url = 'https://liseuse.example/articles/l-été/?a=1&b=2';
const title = 'Poutine & Kim : « parias » ?';

describe('shareTargets', () => {
  it('offers e-mail and seven networks', () => {
    expect(shareTargets(url, title).map((target) => target.name)).toEqual([
      'E-mail',
      'WhatsApp',
      'Telegram',
      'Bluesky',
      'Mastodon',
      'X',
      'LinkedIn',
      'Facebook',
    ]);
  });

  it.each(shareTargets(url, title).map((target) => [target.name, target.href]))(
    '%s: an https: or mailto: link carrying the encoded canonical URL',
    (_, href) => {
      const link = new URL(href);
      expect(['https:', 'mailto:']).toContain(link.protocol);
      expect([...link.searchParams.values()].some((value) => value.includes(url))).toBe(true);
    },
  );

  it('writes spaces in e-mail subjects as %20, which every mail client reads', () => {
    const mail = shareTargets(url, title)[0]!.href;
    expect(mail).not.toContain('+');
    expect(decodeURIComponent(mail)).toContain(`subject=${title}`);
  });
});
