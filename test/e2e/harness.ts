// Runs the built extension in Debian Chromium with fixture pages served on 127.0.0.1, and records every
// request: the loopback server answers fixtures, anything else goes to a refusing proxy that writes it down.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const fixturesDir = join(import.meta.dirname, 'fixtures');

/**
 * Builds the extension into a folder of its own: vitest runs test files in parallel, and two builds writing one
 * output folder would load a half-written extension. Returns the folder to load.
 */
export function buildExtension(): string {
  const outDir = join(root, '.output', `e2e-${process.pid}`);
  // NODE_ENV: vitest sets it to 'test', which would give the pages React's development build.
  // WXT_E2E_HOOKS: failures on demand (extension/lib/e2e-hooks.ts).
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', TRUSTLINT_OUT_DIR: outDir, WXT_E2E_HOOKS: '1' },
  });
  return join(outDir, 'chrome-mv3');
}

/** Fixture scripts that use npm packages (React, Quill, ProseMirror, Lexical): `*-editor.ts` and `*.tsx`. */
const isFixtureScript = (name: string) => name.endsWith('-editor.ts') || name.endsWith('.tsx');

/** Bundles the fixture scripts into single files for the pages, served as `/<name>.js`. */
async function bundleFixtureScripts(): Promise<Map<string, string>> {
  const scripts = new Map<string, string>();
  for (const name of readdirSync(fixturesDir).filter(isFixtureScript)) {
    const result = await build({
      entryPoints: [join(fixturesDir, name)],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    scripts.set(`/${name.replace(/\.tsx?$/, '.js')}`, result.outputFiles[0]!.text);
  }
  return scripts;
}

function listen(server: Server): Promise<number> {
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));
}

/**
 * Hosts Chromium itself contacts on its own (component updates, network time, sign-in, autofill), whatever any
 * extension or page does; the flags above cut most of it, not all. Anything else reaching the proxy fails.
 */
const browserServiceHosts = /^(?:[\w-]+\.)*(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(?::\d+)?$/;

/** Requests that reached the proxy and did not come from Chromium's own services. */
export function leakedRequests(harness: Harness): string[] {
  return harness.leaked.filter((entry) => {
    const target = entry.split(' ')[1] ?? '';
    const host = target.includes('://') ? new URL(target).host : target;
    return !browserServiceHosts.test(host);
  });
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  origin: string;
  /** Requests the browser tried to send anywhere but the fixture server. */
  leaked: string[];
  /** Every request any page, frame or worker of the browser made. */
  requests: string[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A file under one of the served folders (`/tinymce/…` → node_modules/tinymce/…), never outside it. */
function staticFile(folders: Record<string, string>, path: string): { body: Buffer; type: string } | undefined {
  for (const [prefix, folder] of Object.entries(folders)) {
    if (!path.startsWith(prefix)) continue;
    const base = resolve(root, folder);
    const file = resolve(base, `.${path.slice(prefix.length - 1)}`);
    if (!file.startsWith(`${base}/`) || !existsSync(file)) return undefined;
    return { body: readFileSync(file), type: contentTypes[extname(file)] ?? 'application/octet-stream' };
  }
  return undefined;
}

/**
 * Starts Chromium with the extension and a loopback server for `pages`; `folders` serves package files as they are
 * (a prefix such as `/tinymce/` → a folder relative to the repository), for editors that load their own parts.
 */
export async function startHarness(
  extensionDir: string,
  pages: Record<string, string>,
  folders: Record<string, string> = {},
  extraArgs: string[] = [],
): Promise<Harness> {
  const scripts = await bundleFixtureScripts();
  const fixtures = new Map<string, { body: string; type: string }>();
  for (const [path, body] of Object.entries(pages)) fixtures.set(path, { body, type: 'text/html; charset=utf-8' });
  for (const [path, body] of scripts) fixtures.set(path, { body, type: 'text/javascript' });
  fixtures.set('/quill.core.css', { body: readFileSync(join(root, 'node_modules/quill/dist/quill.core.css'), 'utf8'), type: 'text/css' });

  const fixtureServer = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const fixture = fixtures.get(path) ?? staticFile(folders, path);
    response.writeHead(fixture ? 200 : 404, { 'content-type': fixture?.type ?? 'text/plain' });
    response.end(fixture?.body ?? 'not found');
  });
  const leaked: string[] = [];
  const proxy = createServer((request, response) => {
    leaked.push(`${request.method} ${request.url}`);
    response.writeHead(403).end();
  });
  proxy.on('connect', (request, socket) => {
    leaked.push(`CONNECT ${request.url}`);
    // The browser may reset a refused tunnel before the answer is written; that is no error of the test's.
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  // Likewise for connections the browser drops mid-request, on either server.
  for (const server of [proxy, fixtureServer]) server.on('clientError', (_error, socket) => socket.destroy());
  const port = await listen(fixtureServer);
  const proxyPort = await listen(proxy);

  const profile = mkdtempSync(join(tmpdir(), 'trustlint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The worker registers the Google Docs id script as it starts (settings allowing); pages opened before that would
  // not get it.
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = await worker
      .evaluate(() => (chrome.scripting ? chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.length > 0) : true))
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    context,
    worker,
    extensionId,
    origin: `http://127.0.0.1:${port}`,
    leaked,
    requests,
    async close() {
      await context.close();
      fixtureServer.close();
      proxy.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(dirname(extensionDir), { recursive: true, force: true });
    },
  };
}

/** The browser's id for a page's tab (the page is brought to the front first). */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return harness.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

export async function openPanel(harness: Harness, tabId: number): Promise<Page> {
  const panel = await harness.context.newPage();
  await panel.setViewportSize({ width: 420, height: 760 });
  await panel.goto(`chrome-extension://${harness.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}
