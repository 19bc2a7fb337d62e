/**
 * How long 检查 takes in the pane for a large branch: 1,000 members, 12,000 dues cells (wide form,
 * 12 months) and 60 meetings, read through the Office.js adapter from the stand-in host and checked
 * by the engine: the same code path as the pane (runCheck over excelGateway). Reports medians.
 *
 * Run: npx tsx scripts/bench-addin.ts [runs=15] [--browser]
 * --browser also builds dist/ into a temp folder and measures the same check in the built pane in
 * headless Chromium (the e2e harness), clicking 检查 each run.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Grid, GridCell, GridSheet } from '../ledger/grid/grid.js';
import { FakeExcelHost } from '../addin/test-host/fake-excel.js';
import { modelFromGrid } from '../addin/test-host/workbook-model.js';
import { excelGateway, type ExcelRunner } from '../addin/office/excel-gateway.js';
import { detectCapabilities } from '../addin/office/capabilities.js';
import { officeDocumentStore } from '../addin/office/document-store.js';
import { runCheck } from '../addin/pane/run-check.js';

const MEMBERS = 1000;
const MEETINGS = 60;
const YEAR = 2025;

/** Excel 1900-system serial of an ISO date. */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const date = (iso: string): GridCell => ({ v: serial(iso), t: iso, f: 'yyyy-mm-dd' });
const text = (s: string): GridCell => ({ v: s, t: s, f: '@' });
const num = (n: number): GridCell => ({ v: n, t: String(n), f: 'General' });

/** A GB 11643 ID with a correct check character. */
function idNumber(birth: string, seq: number): string {
  const body = `110101${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * w[i], 0);
  return body + '10X98765432'[sum % 11];
}

function sheet(name: string, rows: (GridCell | null)[][]): GridSheet {
  return { name, hidden: false, top: 1, left: 1, rows, merges: [], hiddenRows: [], hiddenCols: [] };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红梅';

export function benchGrid(): Grid {
  const info = sheet('支部基本信息', [
    [text('支部名称'), text('大型机关党支部')], [text('支部类型'), text('机关')],
    [text('上次换届时间'), date('2024-03-15')], [text('统计年度'), num(YEAR)],
  ]);
  const names: string[] = [];
  const memberRows: (GridCell | null)[][] = [[
    '序号', '姓名', '性别', '民族', '身份证号', '出生日期', '学历', '入党时间', '转正时间', '党员类别', '党内职务', '党小组', '在职状态', '联系电话',
  ].map(text)];
  for (let i = 0; i < MEMBERS; i++) {
    const name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 13 + 3) % GIVEN.length] + (i >= 400 ? String.fromCharCode(0x4e00 + i) : '');
    names.push(name);
    const by = 1960 + (i % 40);
    const birth = `${by}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const male = i % 3 !== 0;
    const id = idNumber(birth, male ? 2 * i + 1 : 2 * i);
    const join = `${by + 25}-07-01`;
    const role = i === 0 ? '书记' : i === 1 ? '组织委员' : i === 2 ? '宣传委员' : i === 3 ? '纪检委员' : '';
    memberRows.push([
      num(i + 1), text(name), text(male ? '男' : '女'), text('汉族'), text(id), date(birth), text('大学本科'),
      date(join), date(`${by + 26}-07-01`), text('正式党员'), role ? text(role) : null, text(`第${(i % 10) + 1}党小组`),
      text(i % 5 === 0 ? '离退休' : '在职'), text(`138${String(10_000_000 + i).slice(0, 8)}`),
    ]);
  }
  const duesRows: (GridCell | null)[][] = [['姓名', '缴费基数', '比例', '月应交', ...Array.from({ length: 12 }, (_, m) => `${m + 1}月`)].map(text)];
  names.forEach((name, i) => {
    const base = 4000 + (i % 10) * 500;
    const retired = i % 5 === 0;
    const rate = retired ? (base <= 5000 ? 0.005 : 0.01) : base <= 5000 ? 0.01 : 0.015;
    const due = Math.round(base * rate * 100) / 100;
    duesRows.push([text(name), num(base), num(rate), num(due), ...Array.from({ length: 12 }, (_, m) => (i % 97 === 0 && m > 5 ? null : num(due)))]);
  });
  const TYPES = ['支部党员大会', '支委会', '党小组会', '党课', '主题党日'];
  const meetingRows: (GridCell | null)[][] = [['日期', '会议类型', '主题', '主持人', '主讲人', '应到人数', '实到人数', '缺席人员', '记录人'].map(text)];
  for (let k = 0; k < MEETINGS; k++) {
    const month = (k % 12) + 1;
    const type = TYPES[Math.floor(k / 12)];
    const expected = type === '支委会' ? 4 : MEMBERS;
    meetingRows.push([
      date(`${YEAR}-${String(month).padStart(2, '0')}-${String(10 + (k % 15)).padStart(2, '0')}`), text(type), text(`${month}月${type}`),
      text(names[0]), type === '党课' ? text(names[0]) : null, num(expected), num(type === '支委会' ? expected : expected - (k % 7)), null, text(names[1]),
    ]);
  }
  return { sheets: [info, sheet('党员名册', memberRows), sheet('党费收缴台账', duesRows), sheet('三会一课', meetingRows)] };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function inBrowser(model: ReturnType<typeof modelFromGrid>, runs: number): Promise<{ script: number[]; host: number[]; findings: number }> {
  const h = await import('../test/e2e/harness.js');
  const dist = h.buildAddin();
  const fake = await h.buildFakeOffice();
  const { origin, server } = await h.serveDist(dist);
  const browser = await h.launchBrowser();
  try {
    const { page } = await h.openPage(browser.context, origin, fake);
    await page.addInitScript((m) => { window.__DANGJIAN_FAKE_WORKBOOK__ = m; }, model);
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector('#app:not([hidden]) #btn-check');
    await page.fill('#as-of', `${YEAR}-12-31`);
    const script: number[] = [];
    const host: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs + 2; i++) {
      const before = await page.evaluate(() => { window.__fakeHost!.resetLog(); return document.body.dataset.checked ?? ''; });
      await page.click('#btn-check');
      await page.waitForFunction((b) => (document.body.dataset.checked ?? '') !== b, before, { timeout: 120_000 });
      const r = await page.evaluate(() => ({
        read: Number(document.body.dataset.readMs), check: Number(document.body.dataset.checkMs),
        host: window.__fakeHost!.log.hostMs, n: document.querySelectorAll('button.finding').length,
      }));
      if (i < 2) continue;
      script.push(r.read - r.host + r.check);
      host.push(r.host);
      findings = r.n;
    }
    return { script, host, findings };
  } finally {
    await browser.close();
    server.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(dirname(fake), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 15);
  const model = modelFromGrid(benchGrid());
  const host = new FakeExcelHost(model);
  const gateway = excelGateway(host as unknown as ExcelRunner, detectCapabilities((n, v) => host.isSetSupported(n, v)), officeDocumentStore(host.documentSettings));
  const cells = model.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0);
  const read: number[] = [];
  const check: number[] = [];
  const hostWork: number[] = [];
  let findings = 0;
  let syncs = 0;
  let byRule = '';
  for (let i = 0; i < runs + 2; i++) {
    host.resetLog();
    const r = await runCheck(gateway, { asOf: `${YEAR}-12-31`, settings: {} });
    if (i < 2) continue; // warm-up: JIT
    read.push(r.readMs - host.log.hostMs);
    hostWork.push(host.log.hostMs);
    check.push(r.checkMs);
    findings = r.result.findings.length;
    byRule = Object.entries(r.result.stats.findings.byRule).map(([k, v]) => `${k}×${v}`).join(' ');
    syncs = host.log.syncs;
  }
  // script time: what runs in the pane (adapter + engine), without the stand-in host's own work
  const total = read.map((x, i) => x + check[i]);
  const f = (x: number) => `${x.toFixed(1)} ms`;
  console.log(`加载项检查基准（替身 Excel 宿主，${MEMBERS} 名党员、${MEMBERS * 12} 个党费月份单元格、${MEETINGS} 次会议，共 ${cells} 个非空单元格，${runs} 次取中位数）`);
  console.log(`  读取工作簿（Office.js 适配层，不含宿主）：${f(median(read))}，${syncs} 次 context.sync()；替身宿主自身 ${f(median(hostWork))}`);
  console.log(`  检查（识别、规则、统计）：${f(median(check))}`);
  console.log(`  合计：${f(median(total))}（最短 ${f(Math.min(...total))}，最长 ${f(Math.max(...total))}）；发现问题 ${findings} 个（${byRule}）`);
  const out: Record<string, number> = { runs, cells, syncs, findings, medianReadMs: median(read), medianCheckMs: median(check), medianTotalMs: median(total), medianHostMs: median(hostWork) };
  if (process.argv.includes('--browser')) {
    const b = await inBrowser(model, runs);
    console.log(`  在 Chromium 中的任务窗格（dist/ 构建产物，点击“检查”）：脚本 ${f(median(b.script))}（最短 ${f(Math.min(...b.script))}，最长 ${f(Math.max(...b.script))}），替身宿主 ${f(median(b.host))}；列出问题 ${b.findings} 个`);
    out.browserMedianScriptMs = median(b.script);
    out.browserMedianHostMs = median(b.host);
  }
  console.log(JSON.stringify(out));
}

if (process.argv[1]?.endsWith("bench-addin.ts")) void main();
