/**
 * Rewrites every URL of the add-in manifest to a new public base URL, so that an administrator can
 * host dist/ on any intranet web server. Plain text editing of the attribute values: the manifest
 * keeps its layout and comments. The Vite build calls this (ADDIN_BASE_URL) to write dist/manifest.xml.
 *
 * CLI: npx tsx scripts/set-manifest-url.ts <https://host/path/> [in=manifest.xml] [out=in]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Normalises a base URL: https only, ends with '/'. Throws with a Chinese message otherwise. */
export function normaliseBaseUrl(base: string): string {
  let u: URL;
  try {
    u = new URL(base);
  } catch {
    throw new Error(`“${base}”不是有效的网址。请给出加载项文件所在的完整网址，例如 https://oa.example.gov.cn/dangjian/`);
  }
  if (u.protocol !== 'https:') {
    throw new Error(`加载项网址必须使用 https（Office 不加载 http 页面）：${base}`);
  }
  u.search = '';
  u.hash = '';
  return u.href.endsWith('/') ? u.href : u.href + '/';
}

/** The base URL the manifest currently uses: the directory of its task pane SourceLocation. */
export function currentBaseUrl(xml: string): string {
  const m = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml);
  if (!m) throw new Error('清单中没有 DefaultSettings/SourceLocation，无法确定当前网址。');
  return new URL('./', m[1]).href;
}

export function setManifestBaseUrl(xml: string, base: string): string {
  const next = normaliseBaseUrl(base);
  const prev = currentBaseUrl(xml);
  const prevOrigin = new URL(prev).origin;
  const nextOrigin = new URL(next).origin;
  return xml
    .replace(/(DefaultValue|Override Locale="[^"]*" Value)="([^"]*)"/g, (all, _k: string, v: string) =>
      v.startsWith(prev) ? all.replace(v, next + v.slice(prev.length)) : all)
    .replace(/<AppDomain>([^<]*)<\/AppDomain>/g, (all, v: string) =>
      v.replace(/\/$/, '') === prevOrigin ? `<AppDomain>${nextOrigin}</AppDomain>` : all);
}

function main(argv: string[]): void {
  const [base, input = 'manifest.xml', output = input] = argv;
  if (!base) {
    console.error('用法：npx tsx scripts/set-manifest-url.ts <https://服务器/路径/> [输入清单] [输出清单]');
    process.exit(2);
  }
  let xml: string;
  try {
    xml = readFileSync(input, 'utf8');
  } catch {
    console.error(`找不到清单文件“${input}”，请检查路径。`);
    process.exit(1);
  }
  try {
    writeFileSync(output, setManifestBaseUrl(xml, base));
  } catch (e) {
    // a wrong address is the administrator's to fix: the message, not a stack trace
    console.error((e as Error).message);
    process.exit(2);
  }
  console.log(`已将清单中的网址改为 ${normaliseBaseUrl(base)}：${output}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
