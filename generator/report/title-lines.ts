/**
 * GB/T 9704-2012 §7.3.1 标题: "回行时，要做到词意完整，排列对称，长短适宜". Where a title wider than the
 * 2号 line (156 mm at 22 pt: 20 full-width characters) breaks, as a pure function of its text: at word
 * boundaries, into as few lines as fit, as balanced as they can be (梯形 or 菱形, not 沙漏), and never
 * inside an organisation's name unless no boundary fits.
 */
import { SIZE, TEXT_WIDTH } from './gbt9704-layout.js';

/** Characters of 二号 that fit on one line of the text block (20). */
export const TITLE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.二号 * 10));

/** Display width in characters: CJK and full-width count 1, ASCII ½. */
export function widthInChars(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 0.5 : 1;
  return w;
}

/** Breaks before these: 关于…委员会 / 所属党支部建设情况 / 的调研报告, 机关党建工作, 情况. */
const BEFORE = ['所属', '建设情况', '的调研报告', '党建工作', '机关党建', '情况'];
/** Ends of an organisation's name (党支部, 党委, 委员会 …): a break after one that the title goes on from. */
const NAME_ENDS = ['党支部', '党总支', '党委', '工委', '委员会', '党组'];
/** What follows a name in a title, where a break after NAME_ENDS is no break inside a longer name (××党委机关党支部). */
const AFTER_NAME = ['所属', '党建', '建设', '的', '（', '和', '、', '及', '与', '等'];
/** Inside a name, where no boundary fits: after a level of the hierarchy (杭州市 / 西湖区 / …局 / 机关). */
const NAME_LEVELS = ['中共', '省', '市', '区', '县', '盟', '旗', '镇', '街道', '局', '厅', '委', '办', '院', '校', '公司', '集团', '机关', '村', '社区'];
/** Words a level character begins or ends, not split (市场监管局, 区委, 委员会, 办公室, 城乡建设局). */
const WORDS = ['市场', '市民', '市委', '市政', '区委', '区域', '县委', '县域', '省委', '委员', '办公', '办事', '院校', '城乡', '乡镇', '局长'];

/** How bad a break at a position is: 0 a word boundary, 1 inside a name after a level, 2 anywhere else. */
type CutClass = 0 | 1 | 2;

/**
 * The title's lines. `names`: the organisations it names (the 上级党组织, the branch), never broken
 * inside while a boundary fits; without them the name ends are told by NAME_ENDS.
 */
export function titleLines(text: string, names: readonly string[] = [], max = TITLE_CHARS): string[] {
  const w = widthInChars(text);
  if (w <= max) return [text];
  const classes = cutClasses(text, names);
  const chars = [...text];
  const minLines = Math.ceil(w / max);
  for (const worst of [0, 1, 2] as const) {
    const cuts = [...classes].filter(([, c]) => c <= worst).map(([i]) => i).sort((a, b) => a - b);
    for (let n = minLines; n <= minLines + 3; n++) {
      const best = bestPartition(chars, cuts, classes, n, max);
      if (best) return best;
    }
  }
  return [text]; // unreachable: class 2 allows a break between any two characters
}

function cutClasses(text: string, names: readonly string[]): Map<number, CutClass> {
  const chars = [...text];
  const at = (i: number, w: string) => chars.slice(i, i + [...w].length).join('') === w;
  const endsAt = (i: number, w: string) => i >= [...w].length && chars.slice(i - [...w].length, i).join('') === w;
  const inside = insideNames(chars, names);
  const levelEnd = (i: number) => NAME_LEVELS.some((k) => endsAt(i, k)) && !WORDS.includes(chars[i - 1] + chars[i]);
  const out = new Map<number, CutClass>();
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1];
    const next = chars[i];
    let c: CutClass = 2;
    if ('）》”'.includes(prev) || '（《“'.includes(next)) c = 0;
    else if (BEFORE.some((k) => at(i, k) && !(k === '情况' && endsAt(i, '建设')))) c = 0;
    else if (NAME_ENDS.some((k) => endsAt(i, k)) && AFTER_NAME.some((k) => at(i, k))) c = 0;
    else if (names.some((n) => n && endsAt(i, n))) c = 0;
    else if (levelEnd(i)) c = 1;
    if (c === 0 && inside[i]) c = levelEnd(i) ? 1 : 2;
    // never a line starting with a closing mark or ending with an opening one, nor a split Latin word or number
    if ('，。、；：？！）》”'.includes(next) || '（《“'.includes(prev) || /^[A-Za-z0-9]{2}$/.test(prev + next)) continue;
    out.set(i, c);
  }
  return out;
}

/** For each position, whether a break there would fall strictly inside one of the names. */
function insideNames(chars: string[], names: readonly string[]): boolean[] {
  const inside = new Array<boolean>(chars.length + 1).fill(false);
  const text = chars.join('');
  for (const name of names) {
    const n = [...(name ?? '')];
    if (n.length < 2) continue;
    let from = 0;
    for (;;) {
      const k = text.indexOf(name, from);
      if (k < 0) break;
      const start = [...text.slice(0, k)].length;
      for (let i = start + 1; i < start + n.length; i++) inside[i] = true;
      from = k + name.length;
    }
  }
  return inside;
}

/**
 * The best split into exactly `n` lines within `max` at the given cuts: fewest breaks inside a name,
 * then the most even lengths, a 沙漏 (a middle line shorter than both neighbours) last; on a tie the
 * longer line first, as 关于中共××委员会 / 所属党支部建设情况的调研报告.
 */
function bestPartition(chars: string[], cuts: number[], classes: Map<number, CutClass>, n: number, max: number): string[] | null {
  const prefix = [0];
  for (const ch of chars) prefix.push(prefix[prefix.length - 1] + widthInChars(ch));
  const width = (a: number, b: number) => prefix[b] - prefix[a];
  let best: { score: number[]; at: number[] } | null = null;
  const chosen: number[] = [];
  const walk = (from: number, left: number) => {
    if (left === 1) {
      if (width(from, chars.length) > max) return;
      const bounds = [0, ...chosen, chars.length];
      const ws = bounds.slice(1).map((b, i) => width(bounds[i], b));
      const score = [
        chosen.reduce((a, c) => a + (classes.get(c) ?? 0), 0),
        Math.max(...ws) - Math.min(...ws) + hourglass(ws),
        ws[0] < ws[ws.length - 1] ? 1 : 0,
      ];
      if (!best || less(score, best.score)) best = { score, at: [...chosen] };
      return;
    }
    for (const c of cuts) {
      if (c <= from) continue;
      if (width(from, c) > max) break;
      chosen.push(c);
      walk(c, left - 1);
      chosen.pop();
    }
  };
  walk(0, n);
  if (!best) return null;
  const bounds = [0, ...(best as { at: number[] }).at, chars.length];
  return bounds.slice(1).map((b, i) => chars.slice(bounds[i], b).join(''));
}

/** A middle line shorter than both its neighbours reads as 沙漏, which the standard's 梯形/菱形 are not. */
function hourglass(ws: number[]): number {
  let p = 0;
  for (let i = 1; i < ws.length - 1; i++) if (ws[i] < ws[i - 1] && ws[i] < ws[i + 1]) p += 4;
  return p;
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
