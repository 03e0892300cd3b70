/**
 * `npm run web`: serves dist/web/ on http://127.0.0.1:8080/ (PORT to change it) for development,
 * with the page's Content-Security-Policy also sent as a header — as a deployment should (see
 * README, "Web page") — so the worker's script runs under it too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The policy of the page's meta tag, read from the built index.html. */
export function policyOf(indexHtml: string): string | undefined {
  return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];
}

/** Serves a built dist/web folder; resolves with its URL once listening. */
export async function serveWeb(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const root = path.resolve(dir);
  const policy = policyOf(readFileSync(path.join(root, 'index.html'), 'utf8'));
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(policy ? { 'content-security-policy': policy } : {}),
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

if (require.main === module) {
  const dir = path.join(__dirname, '..', 'dist', 'web');
  if (!existsSync(path.join(dir, 'index.html'))) {
    process.stderr.write('dist/web/ is not built: run npm run build first\n');
    process.exit(2);
  }
  void serveWeb(dir, Number(process.env.PORT ?? 8080)).then(({ url }) =>
    process.stdout.write(`Budget Reconciler web page: ${url} (Ctrl+C to stop)\n`),
  );
}
