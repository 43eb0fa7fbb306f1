/**
 * The built site served the ways it is deployed, so tests see what readers receive:
 * - `nginx`: Debian's nginx with deploy/nginx.conf and the build's `_nginx-headers.conf`;
 * - `cloudflare`: Cloudflare's own runtime (`wrangler pages dev`, workerd from npm), which applies
 *   `dist/_headers` and answers unknown paths with `404.html`, as Cloudflare Pages does.
 * Both run offline on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findNginx, startNginx } from './nginx';
import { root } from '../../tools/paths';
import { freePort } from './port';
import { makeTempDir } from '../../tools/temp-dir';

export type HostName = 'nginx' | 'cloudflare';

export interface Host {
  name: HostName;
  /** Origin such as "http://127.0.0.1:40123". */
  origin: string;
  /** The folder it serves files from (nginx serves a copy of the site): a deploy writes there. */
  dir: string;
  stop(): Promise<void>;
}

const nginx = findNginx();
if ('reason' in nginx)
  console.warn(`nginx cannot run here, only Cloudflare's runtime serves the site: ${nginx.reason}`);

/** The hosts this machine can run: Cloudflare's runtime always (npm brings it), nginx where Debian's can be had. */
export const hostNames: HostName[] = 'reason' in nginx ? ['cloudflare'] : ['nginx', 'cloudflare'];

/** Poll `origin` until it answers, or fail after `timeoutMs` with what the server printed. */
async function waitUntilServing(origin: string, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${origin} did not answer within ${timeoutMs} ms:\n${log()}`);
}

async function startCloudflare(siteDir: string, port: number): Promise<Host> {
  const work = await makeTempDir('liseuse-pages-');
  const child = spawn(
    join(root, 'node_modules/.bin/wrangler'),
    ['pages', 'dev', siteDir, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', '0'].concat([
      '--compatibility-date',
      '2026-11-01',
      '--persist-to',
      join(work, 'state'),
      '--log-level',
      'warn',
    ]),
    {
      cwd: work,
      // Its own process group, so stop() ends workerd with it.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Offline: no telemetry, and no fetch of the `Request.cf` placeholder from Cloudflare.
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        CI: 'true',
      },
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, 60_000, () => output);
  return {
    name: 'cloudflare',
    origin,
    dir: siteDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}

/** Serve the built site in `siteDir` as host `name` does, on `port` (default: a free one). */
export async function startHost(name: HostName, siteDir: string, port?: number): Promise<Host> {
  port ??= await freePort();
  if (name === 'cloudflare') return startCloudflare(siteDir, port);
  if ('reason' in nginx) throw new Error(nginx.reason);
  return { name, ...(await startNginx(nginx.path, siteDir, port)) };
}
