/**
 * E2E harness of the add-in: build dist/ (and the stand-in office.js, which never ships), serve dist/
 * on 127.0.0.1, and drive taskpane.html in headless Chromium. Every request the page makes is recorded
 * and anything outside the page's own origin is blocked and reported.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');

/**
 * `npm run build:addin` as a user runs it, into a fresh folder of its own (test files run in
 * parallel; none of them may empty the dist/ another one serves). Returns that folder.
 */
export function buildAddin(): string {
  const out = mkdtempSync(join(tmpdir(), 'dangjian-dist-'));
  const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_BASE_URL: '' } });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  for (const f of ['taskpane.html', 'commands.html', 'manifest.xml', 'office/office.js', 'assets/icon-80.png']) {
    if (!existsSync(join(out, f))) throw new Error(`the build has no ${f}`);
  }
  return out;
}

/** The stand-in host as a classic script that defines Office and Excel, like office.js does. */
export async function buildFakeOffice(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dangjian-fake-office-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(ROOT, 'addin/test-host/browser-entry.ts'), formats: ['iife'], name: 'FakeOffice', fileName: () => 'fake-office.js' },
    },
  });
  return join(outDir, 'fake-office.js');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css',
  '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json',
};

/** A static web server for the built folder on 127.0.0.1, as an intranet server would host it. */
export async function serveDist(dist: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${addr.port}`, server };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'dangjian-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 380, height: 900 },
    locale: 'zh-CN',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Traffic {
  /** every URL the page asked for */
  requests: string[];
  /** the ones outside the page's origin (blocked) */
  foreign: string[];
}

/**
 * A page on `origin` whose every request is recorded; requests to any other origin are aborted and
 * listed. With `fakeOffice` (the stand-in bundle's path), /office/office.js is answered with it.
 */
export async function openPage(context: BrowserContext, origin: string, fakeOffice: string | null): Promise<{ page: Page; traffic: Traffic }> {
  const page = await context.newPage();
  const traffic: Traffic = { requests: [], foreign: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    traffic.requests.push(url);
    const u = new URL(url);
    if (u.origin !== origin) {
      traffic.foreign.push(url);
      return route.abort();
    }
    if (fakeOffice && u.pathname === '/office/office.js') {
      return route.fulfill({ path: fakeOffice, contentType: 'text/javascript; charset=utf-8' });
    }
    return route.continue();
  });
  page.on('websocket', (ws) => traffic.foreign.push(ws.url()));
  return { page, traffic };
}

/** Wait until the pane's status line says `text` (30 s); its text then. On a timeout, says what it said instead. */
export async function waitStatus(p: Page, text: string, timeout = 30_000): Promise<string> {
  try {
    await p.waitForFunction((t) => document.getElementById('status')?.textContent?.includes(t), text, { timeout });
  } catch (e) {
    throw new Error(`status never said “${text}”; it says “${await p.textContent('#status')}”`, { cause: e });
  }
  return (await p.textContent('#status'))!;
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Everything an end-to-end test needs: dist/ built and served, the stand-in host built, a browser. */
export interface AddinSite {
  origin: string;
  browser: Browser;
  fakeOffice: string;
  close(): Promise<void>;
}

export async function startAddinSite(): Promise<AddinSite> {
  const dist = buildAddin();
  const fakeOffice = await buildFakeOffice();
  const { server, origin } = await serveDist(dist);
  const browser = await launchBrowser();
  return {
    origin, browser, fakeOffice,
    async close() {
      await browser.close();
      server.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(dirname(fakeOffice), { recursive: true, force: true });
    },
  };
}
