/**
 * Title and subtitle rows above a ledger's header: "2025年度党费收缴台账",
 * "填报单位：XX党支部  统计年度：2025". They may name the year and the branch.
 */
import type { CellRef, Field } from '../model/ledger.js';
import { toHalfWidth } from '../values/half-width.js';
import { anyYearInTitle, yearInTitle } from '../values/year.js';
import type { SheetView } from './sheet-view.js';

export interface TitleInfo {
  /** 统计年度 named as such ("2025年度", "统计年度：2025") */
  statYear: number | null;
  /** any year the titles name ("2025年党费收缴台账") */
  anyYear: number | null;
  /** the title cell naming `anyYear` */
  yearRef: CellRef | null;
  /** the branch named by a subtitle ("填报单位：XX党支部") or at the start of the title */
  branch: Field<string> | null;
}

// a system export names its organisation: "所在党组织：中共XX支部委员会", "导出机构：…"
const BRANCH_RE = /(?:填报单位|党支部名称|支部名称|党组织名称|所在党组织|所在党支部|导出机构|单位名称|单位)\s*[:：]\s*(\S+?(?:党总支|党支部|总支部委员会|支部委员会|支部))/;

/**
 * A title that opens with the branch ("县财政局机关党支部2025年度党员名册", "XX党支部党费收缴台账",
 * "中共XX局机关支部委员会党员名册"): the name ends at 党支部/党总支 or the formal 支部委员会, and what
 * follows is a year or the ledger's name.
 */
const TITLE_BRANCH_RE = /^\s*(\S{2,40}?(?:党总支|党支部|总支部委员会|支部委员会))\s*(?:\d{4}\s*年|党员|党费|三会一课|组织生活|花名册|台账|基本信息)/;

/**
 * When a sheet was exported, printed or filled in ("导出时间：2026年1月5日 10:23", "填报日期：2026年1月"):
 * a date stamp, usually early the next year, never the year the ledger is of.
 */
const STAMP_RE = /(?:导出|打印|制表|填报|填表|生成|更新|下载|报送)(?:时间|日期)\s*[:：]?\s*[^\s，,；;]*(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/g;

export function readTitles(view: SheetView, headerRow: number): TitleInfo {
  const out: TitleInfo = { statYear: null, anyYear: null, yearRef: null, branch: null };
  const from = Math.max(view.top, headerRow - 10);
  for (let r = from; r < headerRow; r++) {
    for (const c of view.filledCols(r)) {
      const v = view.cell(r, c)!.v;
      if (typeof v !== 'string') continue;
      const dated = v.includes('日期') || v.includes('时间') ? toHalfWidth(v).replace(STAMP_RE, '') : v;
      out.statYear ??= yearInTitle(dated);
      if (out.anyYear == null) {
        out.anyYear = anyYearInTitle(dated);
        if (out.anyYear != null) out.yearRef = view.ref(r, c);
      }
      if (!out.branch) {
        const text = toHalfWidth(v);
        const m = BRANCH_RE.exec(text) ?? TITLE_BRANCH_RE.exec(text);
        if (m) out.branch = { value: m[1], raw: view.cell(r, c), ref: view.ref(r, c) };
      }
    }
  }
  return out;
}
