/**
 * Check every article without building the site: encoding, frontmatter against the build's own
 * schema, duplicate slugs, empty bodies, links, and HTML the sanitiser would remove.
 * Prints `file:line: message` per problem and a summary; exits 1 if there is any problem (for CI).
 * Usage: npm run check:content
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkArticle,
  contentDir,
  type ArticleCheck,
  decodeUtf8,
  displayPath,
  idOf,
  listArticleFiles,
  type Problem,
} from './lib/collection';
import { duplicateSlug } from '../src/content.config';
import { aliasConflicts } from '../src/lib/aliases';
import { sourceCollisions } from '../src/lib/publishers';

if (!existsSync(contentDir)) {
  console.error(`${displayPath(contentDir)}: the articles folder does not exist`);
  process.exit(1);
}

const entries = await listArticleFiles();
const firstFileById = new Map<string, string>();
/** What each valid article shares with the others (its publisher, its former addresses), checked once all are read. */
const shared: { file: string; id: string; shared: NonNullable<ArticleCheck['shared']> }[] = [];
let problemCount = 0;
const filesWithProblems = new Set<string>();

for (const entry of entries) {
  const file = join(contentDir, entry);
  const shown = displayPath(file);
  const problems: Problem[] = [];
  const decoded = decodeUtf8(await readFile(file));
  if ('problem' in decoded) {
    problems.push(decoded.problem);
  } else {
    const checked = await checkArticle(decoded.text, file);
    problems.push(...checked.problems);
    const found = idOf(entry);
    if (checked.shared && 'id' in found) shared.push({ file: shown, id: found.id, shared: checked.shared });
    const first = 'id' in found ? firstFileById.get(found.id) : undefined;
    if ('problem' in found) problems.unshift({ line: 1, message: found.problem });
    else if (first === undefined) firstFileById.set(found.id, shown);
    else problems.unshift({ line: 1, message: duplicateSlug(found.id, first) });
  }
  for (const { line, message } of problems) console.log(`${shown}:${line}: ${message}`);
  problemCount += problems.length;
  if (problems.length > 0) filesWithProblems.add(shown);
}

const across = [
  ...sourceCollisions(shared.map(({ file, shared: { source } }) => ({ file, source }))).map(({ file, message }) => ({
    file,
    message,
    line: shared.find((entry) => entry.file === file)!.shared.source.line,
  })),
  ...aliasConflicts(
    shared.map(({ file, id, shared: { aliases } }) => ({ file, id, aliases: aliases.map(({ path }) => path) })),
  ).map(({ file, alias, message }) => ({
    file,
    message,
    line: shared.find((entry) => entry.file === file)!.shared.aliases.find(({ path }) => path === alias)!.line,
  })),
];
for (const { file, line, message } of across) {
  console.log(`${file}:${line}: ${message}`);
  problemCount += 1;
  filesWithProblems.add(file);
}

const articles = `${entries.length} article${entries.length === 1 ? '' : 's'}`;
if (problemCount === 0) {
  console.log(`check:content: ${articles} in ${displayPath(contentDir)}, no problems`);
} else {
  console.log(
    `check:content: ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${filesWithProblems.size} of ${articles} in ${displayPath(contentDir)}`,
  );
  process.exitCode = 1;
}
