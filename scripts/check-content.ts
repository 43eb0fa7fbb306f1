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
  decodeUtf8,
  displayPath,
  idOf,
  listArticleFiles,
  type Problem,
} from './lib/collection';
import { duplicateSlug } from '../src/content.config';
import { sourceCollisions, type FileSource } from '../src/lib/publishers';

if (!existsSync(contentDir)) {
  console.error(`${displayPath(contentDir)}: the articles folder does not exist`);
  process.exit(1);
}

const entries = await listArticleFiles();
const firstFileById = new Map<string, string>();
/** Each valid article's source, checked across files once all are read. */
const sources: (FileSource & { line: number })[] = [];
let problemCount = 0;
let filesWithProblems = 0;

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
    if (checked.source) sources.push({ file: shown, source: checked.source, line: checked.source.line });
    const found = idOf(entry);
    const first = 'id' in found ? firstFileById.get(found.id) : undefined;
    if ('problem' in found) problems.unshift({ line: 1, message: found.problem });
    else if (first === undefined) firstFileById.set(found.id, shown);
    else problems.unshift({ line: 1, message: duplicateSlug(found.id, first) });
  }
  for (const { line, message } of problems) console.log(`${shown}:${line}: ${message}`);
  problemCount += problems.length;
  if (problems.length > 0) filesWithProblems += 1;
}

for (const { file, message } of sourceCollisions(sources)) {
  const { line } = sources.find((entry) => entry.file === file)!;
  console.log(`${file}:${line}: ${message}`);
  problemCount += 1;
  filesWithProblems += 1;
}

const articles = `${entries.length} article${entries.length === 1 ? '' : 's'}`;
if (problemCount === 0) {
  console.log(`check:content: ${articles} in ${displayPath(contentDir)}, no problems`);
} else {
  console.log(
    `check:content: ${problemCount} problem${problemCount === 1 ? '' : 's'} in ${filesWithProblems} of ${articles} in ${displayPath(contentDir)}`,
  );
  process.exitCode = 1;
}
