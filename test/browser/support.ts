import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import webpack, { type Configuration } from 'webpack';

export const ROOT = path.join(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
/** The add-in built with the simulated host beside it; never the shipped dist/. */
export const BUILD_DIR = path.join(ARTIFACTS, 'dist-browser');

export const TEST_BASE_URL = 'https://addins.example.test/budget-reconciler/';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Configuration>;

/** Production build of taskpane, commands and the test-only simulated host (excel-sim.js). */
export async function buildAddin(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  // A production build as CI would make it; its manifest is checked, never deployed.
  const previous = process.env.ADDIN_BASE_URL;
  process.env.ADDIN_BASE_URL = TEST_BASE_URL;
  const config = await factory({ simhost: true, outDir: BUILD_DIR }, { mode: 'production' });
  if (previous === undefined) delete process.env.ADDIN_BASE_URL;
  else process.env.ADDIN_BASE_URL = previous;
  await new Promise<void>((resolve, reject) =>
    webpack({ ...config, mode: 'production', devtool: false }, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Serves a folder over plain http on 127.0.0.1 (a random free port). */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const file = path.join(
      dir,
      decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
    );
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Debian chromium (playwright cannot download browsers offline). A missing browser is
 * a failure, not a skip: CI installs it (`apt-get install -y chromium`).
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  // A fresh profile each run: playwright takes it as userDataDir, not as --user-data-dir.
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 360, height: 900 },
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

export const AXE_SOURCE = (): string =>
  readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
