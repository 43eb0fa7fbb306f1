import { describe, expect, it } from 'vitest';
import {
  aliasConflicts,
  aliasProblem,
  fallbackFile,
  fallbackPage,
  hostRedirects,
  nginxRedirects,
} from '../../../src/lib/aliases';
import { parseHtml } from '../../helpers/html';

describe('aliasProblem', () => {
  it.each([
    '/articles/ancien-titre/',
    '/articles/ancien-titre',
    '/2023/09/13/poutine-kim.html',
    '/archives/Article_2023~v2/',
    '/articles/un.deux/',
  ])('accepts the path %s', (path) => {
    expect(aliasProblem(path)).toBeUndefined();
  });

  // Each would add or change a line of nginx's include or of _redirects, leave the site, or be
  // matched differently by nginx (which decodes) and Cloudflare (which does not).
  it.each([
    ['a space', '/articles/ancien titre/'],
    ['a double quote', '/articles/"x"/'],
    ['a single quote', "/articles/l'ancien/"],
    ['a semicolon', '/articles/x; return 200 pwned/'],
    ['a dollar', '/articles/$host/'],
    ['braces', '/articles/{x}/'],
    ['a newline', '/articles/x/\n/evil /https://evil.example/ 301'],
    ['a tab', '/articles/x\t/'],
    ['a parent folder', '/articles/../etc/passwd'],
    ['a current folder', '/articles/./x/'],
    ['a dot file', '/articles/.htaccess'],
    ['a host', '//evil.example/x/'],
    ['a full URL', 'https://liseuse.example/articles/x/'],
    ['a scheme', 'javascript:alert(1)'],
    ['no leading slash', 'articles/x/'],
    ['a double slash', '/articles//x/'],
    ['non-ASCII', '/articles/café/'],
    ['percent-encoding', '/articles/caf%C3%A9/'],
    ['a query string', '/index.php?id=3'],
    ['a fragment', '/articles/x/#y'],
    ['a backslash', '/articles\\x/'],
    ['the home page', '/'],
    ['a section', '/rubriques/international/'],
    ['the page of sources, without its slash', '/sources'],
    ['the search page, without its slash', '/recherche'],
    ['a tag', '/tags/russie/'],
    ['a publisher', '/sources/attuale-info/'],
    ['a listing page', '/page/2/'],
    ['the search page', '/recherche/'],
    ['a preview card', '/og/x.png'],
    ['a file of the site', '/rss.xml'],
    ['a host file', '/_redirects'],
  ])('refuses %s', (_, path) => {
    expect(aliasProblem(path)).toMatch(/./);
  });

  it('says what to write instead of a full URL', () => {
    expect(aliasProblem('https://liseuse.example/articles/x/')).toBe(
      'must be a path on this site, without a scheme or host: write "/articles/ancien-titre/", not "https://liseuse.example/articles/x/"',
    );
  });
});

describe('aliasConflicts', () => {
  it('accepts aliases that lead nowhere else', () => {
    expect(
      aliasConflicts([
        { file: 'a.md', id: 'a', aliases: ['/articles/ancien-a/', '/articles/vieux-a/'] },
        { file: 'b.md', id: 'b', aliases: ['/articles/ancien-b/'] },
      ]),
    ).toEqual([]);
  });

  it('refuses a live article’s address, with or without its slash, naming both files', () => {
    expect(
      aliasConflicts([
        { file: 'a.md', id: 'a', aliases: [] },
        { file: 'b.md', id: 'b', aliases: ['/articles/a/', '/articles/a', '/articles/b/'] },
      ]).map(({ file, message }) => `${file}: ${message}`),
    ).toEqual([
      'b.md: aliases: "/articles/a/" is the address of a.md; a live article\'s address cannot redirect',
      'b.md: aliases: "/articles/a" is the address of a.md; a live article\'s address cannot redirect',
      'b.md: aliases: "/articles/b/" is the address of this article; a live article\'s address cannot redirect',
    ]);
  });

  it('takes a folder, its slash and its index.html for one address', () => {
    expect(
      aliasConflicts([
        { file: 'a.md', id: 'a', aliases: ['/articles/vieux'] },
        { file: 'b.md', id: 'b', aliases: ['/articles/vieux/', '/articles/a/index.html', '/articles/b/index.htm'] },
      ]).map(({ alias }) => alias),
    ).toEqual(['/articles/vieux/', '/articles/a/index.html']);
  });

  it('refuses one old address for two articles, naming both files', () => {
    expect(
      aliasConflicts([
        { file: 'a.md', id: 'a', aliases: ['/articles/vieux/'] },
        { file: 'b.md', id: 'b', aliases: ['/articles/vieux/'] },
      ]),
    ).toEqual([
      {
        file: 'b.md',
        alias: '/articles/vieux/',
        message:
          'aliases: "/articles/vieux/" is already an alias of a.md; one old address can lead to one article only',
      },
    ]);
  });
});

describe('the hosts’ files', () => {
  const redirects = [
    { from: '/articles/ancien/', to: '/articles/nouveau/' },
    { from: '/2023/x.html', to: '/articles/x/' },
  ];

  it('are one permanent redirect per line for Cloudflare Pages, at most 2,000', () => {
    expect(hostRedirects(redirects)).toBe('/articles/ancien/ /articles/nouveau/ 301\n/2023/x.html /articles/x/ 301\n');
    const many = Array.from({ length: 2001 }, (_, i) => ({ from: `/a/${i}/`, to: '/articles/x/' }));
    const lines = hostRedirects(many).trimEnd().split('\n');
    expect(lines).toHaveLength(2000);
    expect(lines.at(-1)).toBe('/a/1999/ /articles/x/ 301');
  });

  it('are forced for Netlify, which would otherwise serve the fallback page there, with no limit', () => {
    expect(hostRedirects(redirects, 'netlify')).toBe(
      '/articles/ancien/ /articles/nouveau/ 301!\n/2023/x.html /articles/x/ 301!\n',
    );
    const many = Array.from({ length: 2001 }, (_, i) => ({ from: `/a/${i}/`, to: '/articles/x/' }));
    expect(hostRedirects(many, 'netlify').trimEnd().split('\n')).toHaveLength(2001);
  });

  it('are one exact location per form of each alias for nginx, with and without its slash, query kept', () => {
    expect(nginxRedirects(redirects)).toBe(
      'location = /articles/ancien/ {\n    return 301 /articles/nouveau/$is_args$args;\n}\n' +
        'location = /articles/ancien {\n    return 301 /articles/nouveau/$is_args$args;\n}\n' +
        'location = /2023/x.html {\n    return 301 /articles/x/$is_args$args;\n}\n',
    );
  });

  it.each([
    ['/articles/ancien/', 'articles/ancien/index.html'],
    ['/articles/ancien', 'articles/ancien/index.html'],
    ['/2023/x.html', '2023/x.html'],
  ])('put the fallback page of %s at %s', (alias, file) => {
    expect(fallbackFile(alias)).toBe(file);
  });

  it('give other servers a French page that sends the reader on, not to be indexed', () => {
    const page = parseHtml(
      fallbackPage({
        to: '/articles/nouveau/',
        canonical: 'https://liseuse.example/articles/nouveau/',
        title: 'Un « titre » & <b>gras</b>',
      }),
    );
    expect(page.documentElement.lang).toBe('fr');
    expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/articles/nouveau/');
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://liseuse.example/articles/nouveau/',
    );
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('main a')?.textContent).toBe('Un « titre » & <b>gras</b>');
    expect(page.querySelector('main p')?.textContent).toBe(
      '« Un « titre » & <b>gras</b> » se lit désormais à une nouvelle adresse.',
    );
  });
});
