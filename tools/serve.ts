/** Serve a built site on 127.0.0.1, as a static host would, for the browser tests, the benchmark and the screenshots. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin such as "http://127.0.0.1:40123". */
  origin: string;
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1 (a free port unless one is given); unknown paths get its 404.html with status 404. */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  // Precompressed .br/.gz twins are served as a real host would (see src/integrations/deploy-files.ts).
  const assets = sirv(dir, { dev: false, etag: true, brotli: true, gzip: true });
  const notFound = await readFile(join(dir, '404.html'));
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
