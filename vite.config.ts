/**
 * Vite builds the add-in (addin/) into dist/: taskpane.html, commands.html, their assets, office.js
 * and dist/manifest.xml. The public base URL is set at build time:
 *   ADDIN_BASE_URL=https://oa.example.gov.cn/dangjian/ npm run build:addin
 * and written into dist/manifest.xml, so dist/ can be hosted on any intranet web server. All asset
 * paths are relative (base './'), so the same dist/ works under any path.
 * `npm run dev` serves https on port 3000 with office-addin-dev-certs (it installs a CA with sudo
 * the first time: only there, never in CI or tests).
 */
import { defineConfig, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { officeFilesPlugin } from './addin/build/office-files-plugin.js';
import { normaliseBaseUrl } from './scripts/set-manifest-url.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const DEV_URL = 'https://localhost:3000/';

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_URL;
  try {
    normaliseBaseUrl(baseUrl);
  } catch (e) {
    // before building: a wrong address would otherwise fail only at the end, after emptying dist/
    process.stderr.write(`ADDIN_BASE_URL 有误：${(e as Error).message}\n`);
    process.exit(1);
  }
  let https: { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer } | undefined;
  if (command === 'serve' && !process.env.CI && !process.env.VITEST) {
    const devCerts = await import('office-addin-dev-certs');
    https = await devCerts.getHttpsServerOptions();
  }
  return {
    root: here('./addin'),
    base: './',
    publicDir: false,
    plugins: [officeFilesPlugin({ manifest: here('./manifest.xml'), assets: here('./addin/assets'), baseUrl: command === 'serve' ? DEV_URL : baseUrl })],
    build: {
      outDir: here('./dist'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { taskpane: here('./addin/taskpane.html'), commands: here('./addin/commands.html') },
      },
    },
    server: { port: 3000, strictPort: true, https },
  };
});
