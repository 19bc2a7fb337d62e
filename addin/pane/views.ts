/**
 * DOM builders of the pane: the settings form, the summary and the grouped findings list.
 * Findings are native buttons inside <details>, so Tab, Enter and Space work without extra code.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import { maskIdsInText } from '../../ledger/values/mask.js';
import { DEFAULT_SETTINGS, type Settings } from '../../ledger/settings.js';
import { ruleName } from '../../ledger/rules/catalogue.js';
import type { StoredCheckSettings } from '../office/excel-gateway.js';
import { groupFindings, summarise, type SheetLedger } from './group-findings.js';
import type { ListState } from './list-state.js';

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Record<string, string>, ...children: (Node | string)[]): HTMLElement;
export function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}


const CHOICES: { key: 'lectureFrequency' | 'rounding' | 'quorumHalf'; label: string; options: [string, string][] }[] = [
  { key: 'lectureFrequency', label: '党课频次', options: [['month', '每月'], ['quarter', '每季度'], ['halfyear', '每半年'], ['year', '每年']] },
  { key: 'rounding', label: '应交党费取整', options: [['fen', '到分'], ['jiao', '到角'], ['yuan', '到元']] },
  { key: 'quorumHalf', label: '到会恰好半数', options: [['warn', '警告'], ['strict', '错误'], ['inclusive', '视为符合']] },
];

/** The 检查 form: as-of date and the DOMAIN.md §3 settings. */
export function settingsForm(stored: StoredCheckSettings | null): HTMLElement {
  const s: Settings = { ...DEFAULT_SETTINGS, ...(stored?.settings ?? {}) };
  const form = h('form', { id: 'check-form', class: 'check-form' });
  form.append(h('label', { for: 'as-of' }, '统计截止日期'),
    h('input', { id: 'as-of', type: 'date', value: stored?.asOf ?? '', title: '留空则取台账年度末或今天（取较早者）' }));
  const more = h('details', { class: 'settings' }, h('summary', {}, '检查设置'));
  for (const c of CHOICES) {
    const sel = h('fluent-select', { id: `set-${c.key}`, 'aria-label': c.label });
    for (const [v, label] of c.options) {
      const opt = h('fluent-option', { value: v }, label);
      if (s[c.key] === v) opt.setAttribute('selected', '');
      sel.append(opt);
    }
    more.append(h('div', { class: 'field' }, h('label', { for: `set-${c.key}` }, c.label), sel));
  }
  const sec = h('fluent-checkbox', { id: 'set-secretaryLecture' }, '支部书记每年至少讲一次党课');
  if (s.secretaryLecture) sec.setAttribute('checked', '');
  more.append(h('div', { class: 'field' }, sec));
  for (const [key, label] of [['termYears', '支委会任期（年）'], ['villageTermYears', '村、社区任期（年）']] as const) {
    more.append(h('div', { class: 'field' }, h('label', { for: `set-${key}` }, label),
      h('fluent-number-field', { id: `set-${key}`, min: '1', max: '10', value: String(s[key]) })));
  }
  form.append(more, h('fluent-button', { id: 'btn-check', appearance: 'accent', type: 'submit' }, '检查'));
  return form;
}

/** Reads the form back into what the workbook keeps. */
export function readSettingsForm(root: ParentNode): StoredCheckSettings {
  const val = (id: string) => (root.querySelector(`#${id}`) as (HTMLElement & { value?: string }) | null)?.value ?? '';
  const settings: Partial<Settings> = {};
  const lf = val('set-lectureFrequency');
  if (lf) settings.lectureFrequency = lf as Settings['lectureFrequency'];
  const r = val('set-rounding');
  if (r) settings.rounding = r as Settings['rounding'];
  const q = val('set-quorumHalf');
  if (q) settings.quorumHalf = q as Settings['quorumHalf'];
  const cb = root.querySelector('#set-secretaryLecture') as (HTMLElement & { checked?: boolean }) | null;
  if (cb) settings.secretaryLecture = Boolean(cb.checked);
  for (const key of ['termYears', 'villageTermYears'] as const) {
    const n = Number(val(`set-${key}`));
    if (Number.isFinite(n) && n >= 1) settings[key] = n;
  }
  const asOf = val('as-of');
  return { asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null, settings };
}

const SEV_CLASS = { 错误: 'sev-error', 警告: 'sev-warn', 提示: 'sev-info' } as const;

export function summaryView(findings: readonly Finding[], asOf: string, branch: string, ledger?: SheetLedger): HTMLElement {
  const s = summarise(findings, ledger);
  const box = h('section', { id: 'summary', class: 'summary', 'aria-label': '检查结果汇总' });
  // the date stays on one line: a narrow pane broke it as “2025-12-” / “31”
  box.append(h('p', {}, `${branch ? branch + '：' : ''}统计截止 `, h('span', { class: 'date' }, asOf), '，共发现 ', h('strong', { id: 'total' }, String(s.total)), ' 个问题。'));
  const sev = h('div', { class: 'badges' });
  for (const k of ['错误', '警告', '提示'] as const) {
    sev.append(h('span', { class: `badge ${SEV_CLASS[k]}`, 'data-severity': k }, `${k} ${s.bySeverity[k]}`));
  }
  box.append(sev);
  if (s.byArea.length) {
    const table = h('table', { class: 'by-area' }, h('tr', {}, h('th', {}, '台账'), h('th', {}, '问题数')));
    for (const a of s.byArea) table.append(h('tr', { 'data-area': a.area }, h('td', {}, a.label), h('td', {}, String(a.count))));
    box.append(table);
  }
  return box;
}

/**
 * How many findings of one rule the list shows at first, and adds per “再显示”. A roster of thousands
 * can have thousands of findings: one DOM node each froze the pane for a second and made a list
 * hundreds of screens long. The full list is what 写入问题清单 is for.
 */
export const PAGE_SIZE = 50;

function findingItem(f: Finding, onPick: (f: Finding) => void): HTMLElement {
  const where = f.sheet ? `${f.sheet}${f.cell ? '!' + f.cell : f.row != null ? ` 第${f.row}行` : ''}` : '整个工作簿';
  const btn = h('button', { type: 'button', class: 'finding', 'data-rule': f.rule, 'data-cell': f.cell ?? '', 'data-sheet': f.sheet ?? '', title: f.sheet ? '点击定位到此单元格' : '' },
    h('span', { class: 'where' }, maskIdsInText(where)), h('span', { class: 'msg' }, maskIdsInText(f.message)));
  if (!f.sheet) btn.setAttribute('aria-disabled', 'true');
  btn.addEventListener('click', () => onPick(f));
  return h('li', {}, btn);
}

/** One rule's findings, PAGE_SIZE at a time (at first at least `atLeast`), with a button for the next page while any are left. */
function ruleList(findings: readonly Finding[], onPick: (f: Finding) => void, atLeast = 0): HTMLElement {
  const ul = h('ul', {});
  const more = h('button', { type: 'button', class: 'more' });
  let shown = 0;
  const showNext = () => {
    const next = findings.slice(shown, shown + PAGE_SIZE);
    const items = next.map((f) => findingItem(f, onPick));
    ul.append(...items);
    shown += next.length;
    const left = findings.length - shown;
    more.textContent = `再显示 ${Math.min(left, PAGE_SIZE)} 个（还有 ${left} 个未显示，全部问题可“写入问题清单”查看）`;
    more.hidden = left === 0;
    return items;
  };
  more.addEventListener('click', () => {
    // keyboard users land on the first new finding, not back at the top
    (showNext()[0]?.firstElementChild as HTMLElement | null)?.focus();
  });
  do showNext(); while (shown < Math.min(atLeast, findings.length));
  return h('div', {}, ul, more);
}

/**
 * Findings grouped ledger → rule; each finding a button that shows its cell. `keep`: the list as the
 * user left it before a re-check (groups they closed, pages they opened), so fixing a cell keeps their place.
 */
export function findingsView(findings: readonly Finding[], onPick: (f: Finding) => void, keep?: ListState, ledger?: SheetLedger): HTMLElement {
  const box = h('section', { id: 'findings', 'aria-label': '问题列表' });
  if (!findings.length) {
    box.append(h('p', { class: 'ok' }, '没有发现问题。'));
    return box;
  }
  for (const area of groupFindings(findings, ledger)) {
    const open = (key: string): Record<string, string> => (keep?.closed.includes(key) ? {} : { open: '' });
    const d = h('details', { ...open(`area:${area.area}`), class: 'area', 'data-area': area.area }, h('summary', {}, `${area.label}（${area.count}）`));
    for (const rg of area.rules) {
      const rd = h('details', { ...open(`rule:${rg.rule}`), class: 'rule', 'data-rule': rg.rule },
        h('summary', {}, h('span', { class: `badge ${SEV_CLASS[rg.severity]}` }, rg.severity), ` ${rg.rule} ${ruleName(rg.rule)}（${rg.findings.length}）`));
      rd.append(ruleList(rg.findings, onPick, keep?.shown[rg.rule]));
      d.append(rd);
    }
    box.append(d);
  }
  return box;
}
