/**
 * docs/规则目录.md, generated from the rule catalogue's own metadata so the docs cannot drift
 * from the code. `npx tsx scripts/rules-doc.ts` rewrites it; test/rules-doc.test.ts fails when stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CATALOGUE } from '../ledger/rules/catalogue.js';
import { DEFAULT_SETTINGS, SETTING_LABELS, type Settings } from '../ledger/settings.js';

const AREA: Record<string, string> = {
  workbook: '工作簿与台账识别', members: '党员名册', branch: '组织设置', dues: '党费收缴', meetings: '三会一课与组织生活',
};

export const RULES_DOC_PATH = fileURLToPath(new URL('../docs/规则目录.md', import.meta.url));

export function rulesDoc(): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    '# 规则目录',
    '',
    '<!-- 本文件由 scripts/rules-doc.ts 根据规则代码自动生成，请勿手工修改。 -->',
    '',
    '每个问题都注明规则编号、严重程度（错误 / 警告 / 提示）、工作表和单元格，并说明如何改正。时间类规则按统计截止日期评判，只评判截止日期前已结束的月份、季度和年度。',
    '',
  ];
  for (const [area, title] of Object.entries(AREA)) {
    const rules = CATALOGUE.filter((r) => r.area === area);
    if (!rules.length) continue;
    lines.push(`## ${title}`, '', '| 编号 | 严重程度 | 名称 | 规则及依据 |', '|---|---|---|---|');
    for (const r of rules) lines.push(`| ${r.id} | ${r.severity} | ${esc(r.name)} | ${esc(r.description)} |`);
    lines.push('');
  }
  lines.push('## 可调整的设置', '', '| 设置项 | 默认值 | 含义 |', '|---|---|---|');
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    lines.push(`| \`${key}\` | \`${String(DEFAULT_SETTINGS[key])}\` | ${esc(SETTING_LABELS[key])} |`);
  }
  lines.push('');
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(RULES_DOC_PATH, rulesDoc());
  process.stdout.write(`已写入 ${RULES_DOC_PATH}\n`);
}
