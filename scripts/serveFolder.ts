import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

// What static hosts compress (text) when the browser accepts gzip; Pagefind's index files are gzip inside already.
const COMPRESSED_EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg']);

/** Maps a request path to a file inside `root`, or undefined when it escapes the folder or does not exist. */
export function requestPathToFile(root: string, requestPath: string): string | undefined {
  const pathname = decodeURIComponent(requestPath.split('?')[0]!);
  const file = path.resolve(root, `.${pathname}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return fs.existsSync(index) ? index : undefined;
  }
  return fs.existsSync(file) ? file : undefined;
}

/**
 * Serves a built site on a free localhost port (for the browser tests and the benchmark), text gzip-compressed as
 * static hosts serve it, so that the bytes the benchmark counts are those a reader's browser receives.
 */
export function serveFolder(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const file = requestPathToFile(root, request.url ?? '/');
    // A missing page gets the site's own 404 page, as a static host would serve it.
    const body = file ?? requestPathToFile(root, '/404.html');
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(body)] ?? 'application/octet-stream';
    const status = file ? 200 : 404;
    if (COMPRESSED_EXTENSIONS.has(path.extname(body)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      fs.createReadStream(body).pipe(zlib.createGzip()).pipe(response);
      return;
    }
    response.writeHead(status, { 'content-type': type, 'content-length': fs.statSync(body).size });
    fs.createReadStream(body).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
