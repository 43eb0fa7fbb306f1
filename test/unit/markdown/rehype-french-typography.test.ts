import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeFrenchTypography, type Options } from '../../../src/markdown/rehype-french-typography';

const N = '\u202f';
const S = '\u00a0';

async function typeset(html: string, { frontmatter, ...options }: Options & { frontmatter?: object } = {}) {
  const file = new VFile({ value: html, data: frontmatter ? { astro: { frontmatter } } : {} });
  const result = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeFrenchTypography, options)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeFrenchTypography', () => {
  it('typesets text in French documents by default', async () => {
    expect(await typeset("<p>l'Amour : oui ?</p>")).toBe(`<p>l’Amour${S}: oui${N}?</p>`);
  });

  it('reads the language from the frontmatter', async () => {
    expect(await typeset("<p>It's: yes?</p>", { frontmatter: { lang: 'en' } })).toBe("<p>It's: yes?</p>");
    expect(await typeset("<p>C'est : oui</p>", { frontmatter: { lang: 'fr-BE' } })).toBe(`<p>C’est${S}: oui</p>`);
  });

  it('falls back to the `lang` option when the frontmatter has none', async () => {
    expect(await typeset("<p>It's: yes?</p>", { lang: 'en' })).toBe("<p>It's: yes?</p>");
  });

  it('lets an element’s lang attribute win for its subtree', async () => {
    expect(await typeset(`<p>Il dit <q lang="en">it's : over</q> puis <span lang="fr">c'est : fini</span>.</p>`)).toBe(
      `<p>Il dit <q lang="en">it's : over</q> puis <span lang="fr">c’est${S}: fini</span>.</p>`,
    );
    expect(await typeset(`<div lang="fr"><p>c'est : fini</p></div>`, { frontmatter: { lang: 'en' } })).toBe(
      `<div lang="fr"><p>c’est${S}: fini</p></div>`,
    );
  });

  it('never touches code, attributes or URLs', async () => {
    const html = `<p><code>a : b ?</code> <kbd>l'a</kbd> <a href="https://a.example/l'a?b=1" title="l'a : b">lien</a></p><pre>x ; y</pre>`;
    expect(await typeset(html)).toBe(
      // rehype-stringify escapes the apostrophe in attributes; the value itself is unchanged.
      `<p><code>a : b ?</code> <kbd>l'a</kbd> <a href="https://a.example/l&#x27;a?b=1" title="l&#x27;a : b">lien</a></p><pre>x ; y</pre>`,
    );
  });

  it('typesets text split across inline elements', async () => {
    expect(await typeset('<p>Vraiment <em>jamais</em> !</p>')).toBe(`<p>Vraiment <em>jamais</em>${N}!</p>`);
  });

  it('is idempotent', async () => {
    const once = await typeset("<p>« Quoi ?! » dit-il : l'Amour, 122 mm.</p>");
    expect(await typeset(once)).toBe(once);
  });
});
