/**
 * A small Vite plugin: office.js and the files it loads at run time (host scripts, zh-CN strings,
 * telemetry stubs) copied from @microsoft/office-js into dist/office/, the icons into dist/assets/, and
 * dist/manifest.xml written with the public base URL. Government intranets have no internet, so
 * nothing is loaded from a CDN. In dev the same files are served from node_modules.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, createReadStream, statSync } from 'node:fs';
import { dirname, join, resolve, normalize } from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { setManifestBaseUrl } from '../../scripts/set-manifest-url.js';

const require = createRequire(import.meta.url);

function officeJsDir(): string {
  return join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
}

/** office.js picks these at run time by host and display language. */
const LOCALE_DIRS = ['zh-cn', 'zh-tw', 'zh-hk', 'en-us'];
const EXTRA_DIRS = ['telemetry', 'ariatelemetry', 'agaveerrorux'];
const HOSTS_SKIPPED = /^(access|onenote|outlook|powerpoint|project|word)/;

function officeFilesToCopy(dir: string): string[] {
  const top = readdirSync(dir).filter((f) => f.endsWith('.js') && !f.endsWith('.debug.js') && !f.includes('vsdoc') && !HOSTS_SKIPPED.test(f));
  return [...top, ...[...LOCALE_DIRS, ...EXTRA_DIRS].filter((d) => existsSync(join(dir, d)))];
}

export function officeFilesPlugin(options: { manifest: string; assets: string; baseUrl: string }): Plugin {
  let outDir = '';
  return {
    name: 'dangjian-office-files',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      const src = officeJsDir();
      server.middlewares.use('/office', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^([/\\])+/, '');
        const file = join(src, rel);
        if (!file.startsWith(src) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
      server.middlewares.use('/manifest.xml', (_req, res) => {
        res.setHeader('Content-Type', 'application/xml; charset=utf-8');
        res.end(setManifestBaseUrl(readFileSync(options.manifest, 'utf8'), options.baseUrl));
      });
    },
    writeBundle() {
      const src = officeJsDir();
      const dest = join(outDir, 'office');
      mkdirSync(dest, { recursive: true });
      for (const f of officeFilesToCopy(src)) cpSync(join(src, f), join(dest, f), { recursive: true });
      mkdirSync(join(outDir, 'assets'), { recursive: true });
      for (const f of readdirSync(options.assets).filter((x) => x.endsWith('.png'))) cpSync(join(options.assets, f), join(outDir, 'assets', f));
      writeFileSync(join(outDir, 'manifest.xml'), setManifestBaseUrl(readFileSync(options.manifest, 'utf8'), options.baseUrl));
    },
  };
}
