/**
 * Offline validation of the add-in manifest: the XML schemas in ../shared/manifest-xsd (xmllint), plus
 * what the schemas cannot see: every resid defined, every URL https and under one origin (the base the
 * pane is served from), every icon present as a PNG of its declared size, zh-CN and ReadWriteDocument.
 * (`office-addin-manifest validate` needs an online service: `npm run manifest:validate`.)
 *
 * CLI: npx tsx scripts/check-manifest.ts [manifest.xml] [--root addin]   (--root: folder the URLs map to)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBaseUrl } from './set-manifest-url.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST_XSD = resolve(repo, '../shared/manifest-xsd/OfficeAppManifestV1_1.xsd');

/** Schema validation with xmllint; returns its complaints (empty when valid). */
export function schemaProblems(file: string): string[] {
  try {
    execFileSync('xmllint', ['--noout', '--schema', MANIFEST_XSD, file], { stdio: 'pipe' });
    return [];
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    const text = err.stderr?.toString() || err.message;
    return text.split('\n').filter((l) => l.trim() && !/fails to validate$/.test(l)).map((l) => `架构校验：${l}`);
  }
}

/** PNG width/height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The checks the schemas cannot make. `fileFor(url)` maps a manifest URL to the local file that will
 * be served there (or null when outside the base).
 */
export function semanticProblems(xml: string, readAsset: (relPath: string) => Buffer | null): string[] {
  const problems: string[] = [];
  const resourceIds = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!resourceIds.has(m[1])) problems.push(`resid="${m[1]}" 在 <Resources> 中没有定义。`);
  }
  if (!/<DefaultLocale>zh-CN<\/DefaultLocale>/.test(xml)) problems.push('DefaultLocale 应为 zh-CN。');
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml)) problems.push('Permissions 应为 ReadWriteDocument（要写入标出和问题清单）。');
  if (!/<Host Name="Workbook"\s*\/>/.test(xml)) problems.push('Hosts 中应有 Workbook（Excel）。');

  let base: string;
  try {
    base = currentBaseUrl(xml);
  } catch (e) {
    return [...problems, (e as Error).message];
  }
  const origin = new URL(base).origin;
  const urls = [
    ...[...xml.matchAll(/DefaultValue="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
  ];
  for (const u of urls) {
    if (!u.startsWith('https://')) problems.push(`网址必须使用 https：${u}`);
    else if (new URL(u).origin !== origin) problems.push(`网址不在加载项所在的源 ${origin} 下：${u}`);
  }

  const icons: { url: string; size: number }[] = [
    ...[...xml.matchAll(/<bt:Image\s+id="[^"]*?(\d+)x\d+"\s+DefaultValue="([^"]+)"/g)].map((m) => ({ url: m[2], size: Number(m[1]) })),
  ];
  const iconUrl = /<IconUrl DefaultValue="([^"]+)"/.exec(xml);
  const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml);
  if (iconUrl) icons.push({ url: iconUrl[1], size: 32 });
  if (hiRes) icons.push({ url: hiRes[1], size: 80 }); // 64 or 80 are accepted; ours is 80
  for (const sz of [16, 32, 80]) {
    if (!icons.some((i) => i.size === sz)) problems.push(`缺少 ${sz}×${sz} 图标。`);
  }
  for (const { url, size } of icons) {
    if (!url.startsWith(base)) continue; // already reported above
    const bytes = readAsset(decodeURI(url.slice(base.length)));
    if (!bytes) {
      problems.push(`图标文件不存在：${url}`);
      continue;
    }
    const dim = pngSize(bytes);
    if (!dim) problems.push(`图标不是 PNG：${url}`);
    else if (dim.width !== size || dim.height !== size) problems.push(`图标应为 ${size}×${size}，实为 ${dim.width}×${dim.height}：${url}`);
  }
  return problems;
}

export function checkManifestFile(file: string, root: string): string[] {
  const xml = readFileSync(file, 'utf8');
  const readAsset = (rel: string) => {
    const p = join(root, rel);
    return existsSync(p) ? readFileSync(p) : null;
  };
  return [...schemaProblems(file), ...semanticProblems(xml, readAsset)];
}

function main(argv: string[]): void {
  const rootAt = argv.indexOf('--root');
  const root = rootAt >= 0 ? argv[rootAt + 1] : 'addin';
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root') ?? 'manifest.xml';
  const problems = checkManifestFile(file, root);
  if (problems.length) {
    console.error(`清单 ${file} 有 ${problems.length} 处问题：\n` + problems.map((p) => `  - ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(`清单 ${file} 通过离线校验（架构、resid、https 同源网址、图标）。`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
