/** Run Debian's nginx with deploy/nginx.conf on 127.0.0.1, serving a built site. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianPackages } from './debian';
import { root } from '../../tools/paths';
import { freePort } from './port';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'];

/** The nginx binary, installing it if need be, or the reason it cannot be had. */
export function findNginx(): { path: string } | { reason: string } {
  const found = () => NGINX.find((path) => existsSync(path));
  const installed = ensureDebianPackages(
    ['nginx', 'libnginx-mod-http-brotli-static'],
    () => !!found() && existsSync(BROTLI_MODULE),
  );
  return 'reason' in installed ? installed : { path: found()! };
}

export interface Nginx {
  origin: string;
  /** The copy of the site it serves. */
  dir: string;
  stop(): Promise<void>;
}

/**
 * Start nginx with deploy/nginx.conf's server block, its port pointed at 127.0.0.1 and its root at
 * a copy of `siteDir`. The copy is deployed as to /srv/liseuse/dist: in a folder nginx's worker
 * user can read wherever the checkout lives (a 0700 home folder included).
 */
export async function startNginx(binary: string, siteDir: string, port?: number): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), 'liseuse-nginx-'));
  const docroot = join(dir, 'dist');
  await cp(siteDir, docroot, { recursive: true });
  // mkdtemp makes the folder 0700; the worker (www-data when started as root) must traverse it.
  await chmod(dir, 0o755);
  port ??= await freePort();
  const server = (await readFile(join(root, 'deploy/nginx.conf'), 'utf8'))
    .replaceAll('/srv/liseuse/dist', docroot)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/listen \[::\]:80;/, '');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `${name}_temp_path ${dir}/${name};`)
    .join('\n');
  const config = `load_module ${BROTLI_MODULE};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  ${server}
}
`;
  await writeFile(join(dir, 'nginx.conf'), config);
  execFileSync(binary, ['-t', '-q', '-c', join(dir, 'nginx.conf'), '-p', dir]);
  const child: ChildProcess = spawn(binary, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(origin, { method: 'HEAD' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    origin,
    dir: docroot,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => void rm(dir, { recursive: true, force: true }).then(resolve));
        child.kill('SIGQUIT');
      }),
  };
}
