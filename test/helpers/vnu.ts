/** The W3C Nu HTML checker (vnu-jar), run on built files; Java comes from Debian when missing. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { ensureDebianPackages } from './debian';
import { makeTempDir } from '../../tools/temp-dir';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
const java = ensureDebianPackages(['default-jre-headless'], () =>
  ['/usr/bin/java', '/usr/local/bin/java'].some((path) => existsSync(path)),
);

/** Whether the checker can run here; when not, `vnuSkipReason` says why. */
export const hasJava = 'ok' in java;
export const vnuSkipReason = 'reason' in java ? java.reason : undefined;

/**
 * The checker's errors on `path` (an HTML file or a folder of them), as `file:line: message`.
 * A page known to be invalid is checked with it: silence from the checker is never a pass.
 */
export async function vnuErrors(path: string, root = path): Promise<string[]> {
  const command = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : 'java';
  const canary = join(await makeTempDir('liseuse-vnu-'), 'canary.html');
  await writeFile(canary, '<!doctype html><html lang="fr"><title>x</title><p><div></p>');
  const { stdout, stderr } = await promisify(execFile)(
    command,
    ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', path, canary],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout: string; stderr: string }) => error);
  const { messages } = JSON.parse(stderr || stdout || '{"messages":[]}') as {
    messages: Array<{ type: string; url: string; message: string; lastLine?: number }>;
  };
  const errors = messages.filter((message) => message.type === 'error');
  if (!errors.some((message) => message.url.endsWith('canary.html'))) {
    throw new Error('the W3C checker found nothing wrong in an invalid page: it did not run');
  }
  return errors
    .filter((message) => !message.url.endsWith('canary.html'))
    .map((message) => `${decodeURI(message.url).replace(`file:${root}`, '')}:${message.lastLine}: ${message.message}`);
}
