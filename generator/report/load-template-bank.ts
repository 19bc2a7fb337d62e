/**
 * Node side: read a template bank folder (every *.yaml in it, in name order) and parse it.
 * Default: the repo's templates/report, found from this module's own location so it works
 * both from source (generator/report/) and from the compiled build/ tree.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplateBank } from './parse-template-bank.js';
import type { TemplateBank } from './template-bank.js';
import { TemplateError } from './template-error.js';

export function defaultTemplateDir(): string {
  const candidates = ['../../templates/report', '../../../templates/report'].map((rel) =>
    fileURLToPath(new URL(rel, import.meta.url)),
  );
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}

export async function loadTemplateBank(dir: string = defaultTemplateDir()): Promise<TemplateBank> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    throw new TemplateError({ file: dir, line: null, key: '（目录）' }, '无法读取报告模板目录，请确认 --template 指定的目录存在');
  }
  if (names.length === 0) {
    throw new TemplateError({ file: dir, line: null, key: '（目录）' }, '目录中没有 .yaml 模板文件，可复制 templates/report 中的文件后修改');
  }
  // the full path as the name, so an error points at the user's own copy
  const files = await Promise.all(names.map(async (name) => ({ name: join(dir, name), text: templateText(await readFile(join(dir, name))) })));
  const bank = parseTemplateBank(files);
  if (bank.intake || dir === defaultTemplateDir()) return bank;
  // a copy made before intake.yaml existed: its summary still says what was received and what could not be read
  return { ...bank, intake: (await loadTemplateBank()).intake };
}

/**
 * The bank is meant to be UTF-8, but Notepad and WPS on Chinese Windows often save as ANSI (GBK):
 * such a file is read as GB18030 rather than turned into mojibake placeholders.
 */
export function templateText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
