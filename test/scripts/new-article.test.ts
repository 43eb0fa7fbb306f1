/**
 * `npm run new`: the real CLI, run as a child process on a temp articles folder, fed the seed and
 * the things real texts contain (CRLF, BOM, blank lines, trailing spaces, Markdown characters).
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { toZonedIso } from '../../src/lib/dates';
import { root, seedFile, seedSlug } from '../../tools/paths';
import { jpeg } from '../../tools/pictures';
import { articleBody, runScript, tempDir } from '../helpers/scripts';

const seedText = await readFile(seedFile, 'utf8');
const seedArticle = await readFile(join(root, 'content/articles', `${seedSlug}.md`), 'utf8');
const seedTitle = 'Poutine et Kim Jong-un : le Kremlin cherche des armes auprès des régimes parias';
const titleSlug = 'poutine-et-kim-jong-un-le-kremlin-cherche-des-armes-aupres-des-regimes-parias';
const required = ['--description', 'Une description.', '--kind', 'news', '--section', 'Europe'];

/**
 * Write `text` as a file in a fresh temp dir and import it with `args` into `<dir>/articles`,
 * holding `existing` (file name → text) beforehand.
 */
async function importText(
  text: string | Uint8Array,
  args: string[] = ['--title', 'Un titre', ...required],
  existing: Record<string, string> = {},
) {
  const dir = await tempDir();
  const contentDir = join(dir, 'articles');
  const file = join(dir, 'texte.txt');
  await writeFile(file, text);
  await mkdir(contentDir);
  for (const [name, fileText] of Object.entries(existing)) await writeFile(join(contentDir, name), fileText);
  return { ...(await runScript('new-article', [file, ...args], { contentDir })), dir, contentDir };
}

/** The one file an import wrote into `contentDir`. */
async function written(contentDir: string): Promise<string> {
  const files = await readdir(contentDir);
  expect(files).toHaveLength(1);
  return readFile(join(contentDir, files[0]!), 'utf8');
}

async function nothingWritten(contentDir: string): Promise<void> {
  expect(await readdir(contentDir)).toEqual([]);
}

// Each run starts a Node process (about two seconds): the cases run side by side.
describe.concurrent('npm run new on the seed', () => {
  it('reproduces the committed seed article’s body byte for byte', async () => {
    const contentDir = join(await tempDir(), 'articles');
    const { code, stderr } = await runScript(
      'new-article',
      [
        seedFile,
        '--title',
        seedTitle,
        '--description',
        'Isolé, Poutine cherche des armes auprès des régimes parias.',
        '--kind',
        'opinion',
        '--section',
        'International',
        '--tags',
        'Russie, Corée du Nord,Guerre en Ukraine',
        '--date',
        '2026-11-25T07:00:00+01:00',
        '--slug',
        seedSlug,
      ],
      { contentDir },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = await readFile(join(contentDir, `${seedSlug}.md`), 'utf8');
    expect(text).toContain('\n---\n\n');
    expect(articleBody(text)).toBe(articleBody(seedArticle));
    expect(parseFrontmatter(text).frontmatter).toEqual({
      title: seedTitle,
      description: 'Isolé, Poutine cherche des armes auprès des régimes parias.',
      pubDate: '2026-11-25T07:00:00+01:00',
      kind: 'opinion',
      section: 'International',
      tags: ['Russie', 'Corée du Nord', 'Guerre en Ukraine'],
      source: { name: 'attuale.info', url: 'https://attuale.info/' },
    });
  });

  it('names the file from the title and prints its path and URL', async () => {
    const { code, stdout, contentDir } = await importText(seedText, ['--title', seedTitle, ...required]);
    expect(code).toBe(0);
    const file = join(contentDir, `${titleSlug}.md`);
    expect(existsSync(file)).toBe(true);
    expect(stdout).toContain(`Created ${file}\n`);
    expect(stdout).toContain(`URL: https://news.example.org/articles/${titleSlug}/\n`);
  });

  it('shows the path relative to where the command was typed', async () => {
    const dir = await tempDir();
    const { code, stdout } = await runScript('new-article', [seedFile, '--title', 'Un titre', ...required], {
      contentDir: join(dir, 'articles'),
      env: { INIT_CWD: dir },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('Created articles/un-titre.md\n');
  });

  it('dates the article now in Europe/Paris by default, as a quoted ISO string with offset', async () => {
    const before = toZonedIso(new Date(), 'Europe/Paris').slice(0, 10);
    const { code, contentDir } = await importText(seedText);
    const after = toZonedIso(new Date(), 'Europe/Paris').slice(0, 10);
    expect(code).toBe(0);
    const pubDate = /^pubDate: "(.+)"$/m.exec(await written(contentDir))?.[1];
    expect(pubDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect([before, after]).toContain(pubDate!.slice(0, 10));
  });

  it('reads --date YYYY-MM-DD as 08:00 Paris time', async () => {
    const { code, contentDir } = await importText(seedText, [
      '--title',
      'Un titre',
      ...required,
      '--date',
      '2026-07-14',
    ]);
    expect(code).toBe(0);
    expect(await written(contentDir)).toContain('pubDate: "2026-07-14T08:00:00+02:00"\n');
  });
});

describe.concurrent('npm run new reading standard input', () => {
  it.each([
    ['the path is "-"', ['-']],
    ['no path is given and input is piped', []],
  ])('reads it when %s', async (_, path) => {
    const contentDir = join(await tempDir(), 'articles');
    const { code, stdout } = await runScript('new-article', [...path, '--title', 'Un titre', ...required], {
      contentDir,
      stdin: seedText,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('un-titre.md');
    expect(articleBody(await written(contentDir))).toBe(articleBody(seedArticle));
  });
});

describe.concurrent('npm run new on texts as they really arrive', () => {
  const lines = seedText.split('\n');
  it.each([
    ['CRLF line ends', seedText.replaceAll('\n', '\r\n') + '\r\n'],
    ['a UTF-8 BOM', `\uFEFF${seedText}`],
    ['blank lines between, before and after paragraphs', `\n\n${lines.join('\n\n \n')}\n\n\n`],
    ['trailing spaces and tabs', lines.map((line) => `${line}  \t`).join('\n')],
    ['all of these at once', `\uFEFF${lines.map((line) => `${line} `).join('\r\n\r\n')}\r\n`],
  ])('gives the seed’s exact body with %s', async (_, text) => {
    const { code, stderr, contentDir } = await importText(text);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(articleBody(await written(contentDir))).toBe(articleBody(seedArticle));
  });

  it.each([
    ['Source : attuale.info', { name: 'attuale.info', url: 'https://attuale.info/' }],
    [
      'Source: https://www.attuale.info/articolo/42',
      { name: 'attuale.info', url: 'https://www.attuale.info/articolo/42' },
    ],
  ])('reads the attribution %j', async (line, source) => {
    const { code, contentDir } = await importText(`Un paragraphe.\n${line}\n`);
    expect(code).toBe(0);
    expect(parseFrontmatter(await written(contentDir)).frontmatter.source).toEqual(source);
  });

  it('refuses a text without a Source line: attribution is mandatory', async () => {
    const { code, stderr, contentDir } = await importText(lines.slice(0, -1).join('\n'));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/texte\.txt: the text must end with a line "Source: <publisher>"/);
    expect(stderr).toMatch(/attribution is mandatory/);
    await nothingWritten(contentDir);
  });

  it('refuses a Source line that names the publisher without its address', async () => {
    const { code, stderr, contentDir } = await importText('Un paragraphe.\nSource: Le Monde\n');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/un-titre\.md: source\.url: is required/);
    expect(stderr).toMatch(/--source-url/);
    await nothingWritten(contentDir);
  });

  it('takes the address from --source-url', async () => {
    const { code, contentDir } = await importText('Un paragraphe.\nSource: Le Monde\n', [
      '--title',
      'Un titre',
      ...required,
      '--source-url',
      'https://www.lemonde.fr/x',
    ]);
    expect(code).toBe(0);
    expect(parseFrontmatter(await written(contentDir)).frontmatter.source).toEqual({
      name: 'Le Monde',
      url: 'https://www.lemonde.fr/x',
    });
  });

  it('refuses a text that is not UTF-8, naming the line', async () => {
    const { code, stderr, contentDir } = await importText(
      Buffer.from('Un.\nCaf\xe9 cr\xe8me.\nSource: e.info\n', 'latin1'),
    );
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/texte\.txt:2: not UTF-8 text/);
    await nothingWritten(contentDir);
  });
});

describe.concurrent('npm run new escapes what Markdown would read as syntax', () => {
  it.each([
    ['asterisks', 'Un *mot* et 5 * 3.', 'Un \\*mot\\* et 5 \\* 3.'],
    ['underscores', 'Un _mot_ et snake_case.', 'Un \\_mot\\_ et snake\\_case.'],
    ['# at line start', '# Pas un titre.', '\\# Pas un titre.'],
    ['1. at line start', '1. Pas une liste.', '1\\. Pas une liste.'],
    ['<', 'a < b et <script>alert(1)</script>.', 'a \\< b et \\<script>alert(1)\\</script>.'],
  ])('%s', async (_, paragraph, escaped) => {
    const { code, contentDir } = await importText(`Avant.\n${paragraph}\nSource: exemple.info\n`);
    expect(code).toBe(0);
    expect(articleBody(await written(contentDir))).toBe(`Avant.\n\n${escaped}\n`);
    // And the article is clean: nothing for the sanitiser to remove, no link to judge.
    const check = await runScript('check-content', [], { contentDir });
    expect(check.stdout).toContain('no problems');
    expect(check.code).toBe(0);
  });
});

describe.concurrent('npm run new refuses', () => {
  it('to overwrite an existing article, and suggests another slug', async () => {
    const { code, stderr, contentDir } = await importText(seedText, undefined, { 'un-titre.md': 'original' });
    expect(code).not.toBe(0);
    expect(stderr).toContain(`${join(contentDir, 'un-titre.md')} already exists`);
    expect(stderr).toContain('--slug un-titre-2');
    expect(await readFile(join(contentDir, 'un-titre.md'), 'utf8')).toBe('original');
  });

  it('a slug another file already has', async () => {
    const { code, stderr, contentDir } = await importText(seedText, undefined, { 'Un Titre.md': 'original' });
    expect(code).not.toBe(0);
    expect(stderr).toContain('another article already has the slug "un-titre"');
    expect(await readdir(contentDir)).toEqual(['Un Titre.md']);
  });

  it.each([
    [
      'a 200-character title',
      ['--title', 'x'.repeat(200), ...required],
      /x{80}\.md: title: must be 110 characters or fewer/,
    ],
    [
      'a missing kind',
      ['--title', 'Un titre', '--description', 'd', '--section', 's'],
      /un-titre\.md: kind: is required/,
    ],
    [
      'an unknown kind',
      ['--title', 'Un titre', ...required, '--kind', 'tribune'],
      /un-titre\.md: kind: expected "opinion", "news" or "analysis"; got "tribune"/,
    ],
    ['a missing title', required, /title: is required: text/],
    [
      'a bad date',
      ['--title', 'Un titre', ...required, '--date', '25/11/2026'],
      /--date: expected a day such as 2026-11-25/,
    ],
    ['a bad slug', ['--title', 'Un titre', ...required, '--slug', 'Mon Article'], /--slug: use lowercase letters/],
  ])('%s, naming the field, and writes nothing', async (_, args, message) => {
    const { code, stderr, contentDir } = await importText(seedText, args);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    await nothingWritten(contentDir);
  });

  it('an http:// source, as the build would', async () => {
    const { code, stderr } = await importText('Un paragraphe.\nSource: http://exemple.info/\n');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/un-titre\.md: source\.url: expected an https:\/\/ URL; got "http:\/\/exemple\.info\/"/);
  });

  it('an unknown option, showing the usage', async () => {
    const { code, stderr } = await importText(seedText, ['--titre', 'x']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run new/);
  });
});

describe.concurrent('npm run new with a lead picture', () => {
  const text = 'Un paragraphe.\nSource: https://exemple.info/a\n';
  async function withPicture(picture: Buffer | string, name: string, extra: string[] = []) {
    const dir = await tempDir();
    await writeFile(join(dir, name), picture);
    const args = ['--title', 'Un titre', ...required, '--image', join(dir, name), ...extra];
    return importText(text, args);
  }

  it('makes a folder with the article and the picture beside it, described in the frontmatter', async () => {
    const { code, stdout, stderr, contentDir } = await withPicture(await jpeg(1600, 900), 'Photo.JPEG', [
      '--alt',
      'Des collines',
      '--credit',
      'Jeanne Martin / AFP',
      '--caption',
      'Les collines : au loin.',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Created ');
    expect((await readdir(join(contentDir, 'un-titre'))).sort()).toEqual(['index.md', 'une.jpg']);
    const { frontmatter } = parseFrontmatter(await readFile(join(contentDir, 'un-titre', 'index.md'), 'utf8'));
    expect(frontmatter.image).toEqual({
      src: './une.jpg',
      alt: 'Des collines',
      caption: 'Les collines : au loin.',
      credit: 'Jeanne Martin / AFP',
    });
  });

  it.each<[string, string[], RegExp, number | string]>([
    ['no credit', ['--alt', 'Des collines'], /--image needs --alt "what it shows" and --credit "who took it"/, 1600],
    [
      'a picture 800 px wide',
      ['--alt', 'A', '--credit', 'B'],
      /is 800 px wide; a lead picture must be at least 1200 px wide/,
      800,
    ],
    ['a text file', ['--alt', 'A', '--credit', 'B'], /is not an image/, 'pas une image'],
  ])('refuses %s and writes nothing', async (_, extra, message, picture) => {
    const file = typeof picture === 'number' ? await jpeg(picture, 600) : picture;
    const { code, stderr, contentDir } = await withPicture(file, 'photo.jpg', extra);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    await nothingWritten(contentDir);
  });

  it('refuses an SVG', async () => {
    const { code, stderr, contentDir } = await withPicture('<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.svg', [
      '--alt',
      'A',
      '--credit',
      'B',
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--image: the picture ".*logo\.svg" must be a JPEG, PNG, WebP or AVIF file/);
    await nothingWritten(contentDir);
  });
});
