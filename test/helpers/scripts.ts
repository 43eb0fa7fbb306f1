/** Run the editor's scripts (scripts/*.ts) as `npm run` would: tsx, from the repository root. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../tools/paths';
import { makeTempDir } from '../../tools/temp-dir';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `scripts/<name>.ts` with `args`, the articles folder at `contentDir`, and `stdin` piped in. */
export async function runScript(
  name: 'new-article' | 'check-content',
  args: string[],
  {
    contentDir,
    stdin = '',
    env = {},
  }: { contentDir?: string; stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {},
): Promise<ScriptRun> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    // What npm sets: paths are shown relative to where the editor typed the command.
    INIT_CWD: root,
    NO_COLOR: '1',
    SITE_URL: 'https://news.example.org',
    ...env,
  };
  // Without a folder, the script uses the project's own, as an editor's `npm run` would.
  if (contentDir) childEnv.LISEUSE_CONTENT_DIR = contentDir;
  else delete childEnv.LISEUSE_CONTENT_DIR;
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(process.execPath, [tsx, join(root, `scripts/${name}.ts`), ...args], { cwd: root, env: childEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

/** A fresh, empty temp folder; the articles folder inside it is not created. */
export async function tempDir(): Promise<string> {
  return makeTempDir('liseuse-scripts-');
}

/** The body of an article file: everything after the closing `---` line and the blank line. */
export function articleBody(fileText: string): string {
  const closing = fileText.indexOf('\n---\n', 3);
  return fileText.slice(closing + '\n---\n\n'.length);
}
