/**
 * Turn a publisher's plain text (one paragraph a line, then `Source: <publisher>`) into
 * content/articles/<slug>.md, or, with a lead picture, content/articles/<slug>/index.md and the
 * picture beside it; checked as the build would check it. Never overwrites a file.
 * Usage: npm run new -- <file.txt | -> [--title …] [--description …] [--kind …]
 *   [--section …] [--tags a,b] [--date YYYY-MM-DD | ISO date-time] [--slug …] [--source-url https://…]
 *   [--lang fr] [--author …] [--draft] [--image photo.jpg --alt … --credit … [--caption …]]
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { articleFileText, publicationDate } from '../src/lib/article-file';
import type { NewArticleFields } from '../src/lib/frontmatter-yaml';
import { parsePlainText, PlainTextError } from '../src/lib/plain-text';
import { slugify } from '../src/lib/slug';
import { checkPictureFile, LEAD_MIN_WIDTH } from '../src/markdown/picture-file';
import { absoluteUrl, articlePath } from '../src/lib/urls';
import { ARTICLE_KINDS } from '../src/content.config';
import { site } from '../src/site';
import { checkArticle, contentDir, decodeUtf8, displayPath, idOf, listArticleFiles } from './lib/collection';

/** The kinds the schema allows, as the usage lists them: "opinion, news or analysis". */
const KIND_LIST = `${ARTICLE_KINDS.slice(0, -1).join(', ')} or ${ARTICLE_KINDS.at(-1)}`;

const USAGE = `Usage: npm run new -- <file.txt | -> [options]
Turns a plain text (one paragraph a line, last line "Source: <publisher>") into an article.
Reads standard input when the file is "-" or input is piped. Asks for missing values in a terminal.
  --title "…"            headline, at most 110 characters (also makes the slug)
  --description "…"      one or two sentences, at most 300 characters
${`  --kind ${ARTICLE_KINDS[0]}`.padEnd(25)}${KIND_LIST}
  --section "…"          e.g. International
  --tags "a,b"           comma-separated topics (optional)
  --date 2026-11-25      publication day (08:00 Paris time) or an ISO date-time with offset; default: now
  --slug my-article      file name and URL instead of the one made from the title
  --source-url https://… the publisher's page, when the Source line names the publisher only
  --lang en              language of the text when it is not French
  --author "…"           only when the publisher names one
  --draft                shown by \`npm run dev\`, never published
  --image photo.jpg      lead picture (JPEG, PNG, WebP or AVIF, at least 1200 px wide), copied beside
                         the article in content/articles/<slug>/; needs --alt and --credit
  --alt "…"              what the picture shows, for readers who cannot see it
  --credit "…"           who took it, shown as "Photo : …"
  --caption "…"          what it is about, shown under it (optional)`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Print an error for the editor and stop: 1 for a bad text or article, 2 for bad usage. */
function fail(message: string, code = 1): never {
  console.error(`error: ${message}`);
  process.exit(code);
}

/** The command line, or a usage error. */
function commandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        kind: { type: 'string' },
        section: { type: 'string' },
        tags: { type: 'string' },
        date: { type: 'string' },
        slug: { type: 'string' },
        'source-url': { type: 'string' },
        lang: { type: 'string' },
        author: { type: 'string' },
        draft: { type: 'boolean' },
        image: { type: 'string' },
        alt: { type: 'string' },
        credit: { type: 'string' },
        caption: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
}

const { values, positionals } = commandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length > 1) fail(`one text at a time; got ${positionals.length}\n${USAGE}`, 2);

if (values.image === undefined && [values.alt, values.credit, values.caption].some((value) => value !== undefined)) {
  fail(`--alt, --credit and --caption describe a picture: give it with --image\n${USAGE}`, 2);
}
if (values.image !== undefined && (!values.alt?.trim() || !values.credit?.trim())) {
  fail('--image needs --alt "what it shows" and --credit "who took it"', 2);
}

const [input] = positionals;
const fromStdin = input === '-' || (input === undefined && !process.stdin.isTTY);
if (input === undefined && !fromStdin) fail(`which text? Give a file, or "-" for standard input\n${USAGE}`, 2);
const inputName = fromStdin ? 'standard input' : input!;
let bytes: Uint8Array;
try {
  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  bytes = fromStdin ? await buffer(process.stdin) : await readFile(resolve(process.env.INIT_CWD ?? '.', input!));
} catch (error) {
  fail(`cannot read ${inputName}: ${(error as Error).message}`);
}
const decoded = decodeUtf8(bytes);
if ('problem' in decoded) fail(`${inputName}:${decoded.problem.line}: ${decoded.problem.message}`);

let text: ReturnType<typeof parsePlainText>;
let pubDate: string;
try {
  text = parsePlainText(decoded.text);
  pubDate = publicationDate(values.date, site.timeZone);
} catch (error) {
  if (error instanceof PlainTextError) fail(`${inputName}: ${error.message}`);
  throw error;
}

// Prompts only when someone can answer them: never in CI, never when the text came on stdin.
/** The lead picture: its file, judged as the build will, and its name beside the article. */
const picture = values.image === undefined ? undefined : await leadPicture(values.image);

const prompt =
  !fromStdin && process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** The value given on the command line, else the editor's answer, else nothing. */
async function ask(
  given: string | undefined,
  question: string,
  { optional = false, choices }: { optional?: boolean; choices?: readonly string[] } = {},
): Promise<string | undefined> {
  if (given !== undefined || !prompt) return given;
  for (;;) {
    const answer = (await prompt.question(`${question}: `)).trim();
    if (answer === '' && optional) return undefined;
    if (answer !== '' && (!choices || choices.includes(answer))) return answer;
  }
}

const fields: NewArticleFields = {
  title: await ask(values.title, 'Title (at most 110 characters)'),
  description: await ask(values.description, 'Description, one or two sentences (at most 300 characters)'),
  pubDate,
  kind: await ask(values.kind, `Kind (${ARTICLE_KINDS.join(', ')})`, { choices: ARTICLE_KINDS }),
  section: await ask(values.section, 'Section, e.g. International'),
  tags: (await ask(values.tags, 'Tags, separated by commas (optional)', { optional: true }))
    ?.split(',')
    .map((tag) => tag.trim())
    .filter(Boolean),
  source: {
    name: text.source.name,
    url: values['source-url'] ?? text.source.url ?? (await ask(undefined, "Publisher's page (https://…)")),
  },
  ...(values.lang !== undefined && { lang: values.lang }),
  ...(values.author !== undefined && { author: values.author }),
  ...(values.draft && { draft: true }),
  ...(picture && { image: { src: picture.src, alt: values.alt!, caption: values.caption, credit: values.credit! } }),
};
prompt?.close();

if (values.slug !== undefined && !(SLUG.test(values.slug) && values.slug.length <= 80)) {
  fail(`--slug: use lowercase letters, digits and single hyphens, at most 80 characters; got "${values.slug}"`, 2);
}
const slug = values.slug ?? slugify(fields.title ?? '');
// With a picture, the article is a folder: content/articles/<slug>/index.md and the picture.
const folder = picture ? join(contentDir, slug || 'new-article') : undefined;
const target = folder ? join(folder, 'index.md') : join(contentDir, `${slug || 'new-article'}.md`);
const shown = displayPath(target);
const fileText = articleFileText(fields, text.paragraphs);

// Check the very text that will be written, with the build's schema and the site's pipeline; a
// picture is checked beside it in a scratch folder, since nothing is written yet.
const scratch = picture && (await mkdtemp(join(tmpdir(), 'liseuse-new-')));
if (picture && scratch) await copyFile(picture.file, join(scratch, picture.src));
const { problems } = await checkArticle(fileText, scratch ? join(scratch, 'index.md') : target);
if (scratch) await rm(scratch, { recursive: true, force: true });
if (problems.length > 0) {
  // The file does not exist yet: a body problem is named by its paragraph in the editor's text.
  const bodyLine = fileText.slice(0, fileText.indexOf('\n---\n') + 5).split('\n').length + 1;
  for (const { line, message } of problems) {
    console.error(
      line < bodyLine
        ? `${shown}: ${message}`
        : `${inputName}: paragraph ${Math.floor((line - bodyLine) / 2) + 1}: ${message}`,
    );
  }
  if (fields.source.url === undefined) {
    console.error(`${inputName}: the Source line has no web address: add one to it, or pass --source-url https://…`);
  }
  fail('nothing was written; fix the values above and run the command again');
}
if (!slug) fail('the title has no letters or digits to make a slug from: give one with --slug', 2);

// A file by another name can have the same id (e.g. "Mon-Article.md"): the build would keep one.
const takenIds = new Set(
  (await listArticleFiles()).map((entry) => {
    const found = idOf(entry);
    return 'id' in found ? found.id : undefined;
  }),
);
if (existsSync(target) || (folder && (existsSync(folder) || existsSync(`${folder}.md`)))) {
  fail(`${folder ? displayPath(folder) : shown} already exists and was left as it is; ${suggestion(slug)}`);
}
if (takenIds.has(slug)) fail(`another article already has the slug "${slug}"; ${suggestion(slug)}`);

await mkdir(folder ?? contentDir, { recursive: true });
if (picture && folder) await copyFile(picture.file, join(folder, picture.src));
try {
  // 'wx' fails if the file exists, even if another process created it a moment ago.
  const file = await open(target, 'wx');
  await file.writeFile(fileText);
  await file.close();
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    fail(`${shown} already exists and was left as it is; ${suggestion(slug)}`);
  }
  throw error;
}

console.log(`Created ${shown}${picture && folder ? ` and ${displayPath(join(folder, picture.src))}` : ''}`);
console.log(`URL: ${absoluteUrl(articlePath(slug), site.url)}`);
console.log(
  `Next: \`npm run dev\` to preview it${fields.draft ? ' (a draft: never published)' : ''}, \`npm run check:content\`, then commit the file.`,
);

/** How to pick a free slug, with the first free one numbered after `slug`. */
function suggestion(slug: string): string {
  let n = 2;
  const numbered = () => `${slugify(slug, 80 - String(n).length - 1)}-${n}`;
  while (
    takenIds.has(numbered()) ||
    existsSync(join(contentDir, `${numbered()}.md`)) ||
    existsSync(join(contentDir, numbered()))
  ) {
    n += 1;
  }
  return `choose another one with --slug, e.g. --slug ${numbered()}`;
}

/**
 * The picture at `path` (as the editor typed it) if the build will accept it as a lead picture,
 * and the name it gets beside the article: "une" and its extension, lowercase.
 */
async function leadPicture(path: string): Promise<{ file: string; src: string }> {
  const file = resolve(process.env.INIT_CWD ?? '.', path);
  const src = `./une${extname(file).toLowerCase().replace('.jpeg', '.jpg')}`;
  // Judged where it lies, as if the article were beside it.
  const checked = await checkPictureFile(`./${basename(file)}`, join(file, '..', 'index.md'), {
    minWidth: LEAD_MIN_WIDTH,
  });
  if ('problem' in checked)
    fail(`--image: ${checked.problem.replace(JSON.stringify(`./${basename(file)}`), JSON.stringify(path))}`);
  return { file, src };
}
