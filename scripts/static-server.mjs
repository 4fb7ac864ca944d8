// A tiny static file server over node:http for the smoke test, the bundle-page test and the bench:
// no dependency, no network beyond 127.0.0.1. `routes` may answer some paths itself.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serve `root` on a free port of 127.0.0.1. Resolves to {url, requests, close}. `headers` go on
 * every file served (the bench asks for cross-origin isolation, which gives it 5 µs timers).
 */
export async function serve(root, {routes = {}, headers = {}} = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    if (routes[path]) return routes[path](request, response);
    // Browsers ask for it unprompted; a 404 would show up as a console error.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return undefined;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, {...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream'})
        .end(body);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
    }
    return undefined;
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Debian's Chromium as every Node-driven browser check here starts it: as root (no sandbox), with no
// GPU, /dev/shm too small, and a closed network that refuses Google's background hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
];
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';
