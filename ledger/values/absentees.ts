/**
 * 缺席人员 text → name keys: "张三（病假）、李四(出差)，王五：事假" → 张三, 李四, 王五.
 * Reasons in brackets or after a colon are dropped; 无 / 0 / a dash mean nobody.
 */
import { PRESENT_IN_TEXT } from './count.js';
import { toHalfWidth } from './half-width.js';
import { isBlankMark } from './cell-text.js';
import { memoList } from './memo.js';
import { nameKey } from './name.js';

const parsePlain: (text: string) => string[] = memoList(readAbsentees);

/**
 * `bracketed`: the roster names that carry a bracket of their own ("张伟（大）", "张伟（小）" tell
 * two members apart). An absentee written so is that member, not a name and a reason.
 */
export function parseAbsentees(text: string, bracketed: readonly string[] = []): string[] {
  const plain = parsePlain(text);
  if (bracketed.length === 0) return plain;
  const kept = nameKey(toHalfWidth(text));
  const out: string[] = [];
  for (const name of plain) {
    // the roster's bracketed form of this name, where the text writes it
    const own = bracketed.find((b) => b.startsWith(name) && kept.includes(nameKey(toHalfWidth(b))));
    out.push(own ?? name);
  }
  return out;
}

function readAbsentees(text: string): string[] {
  const s = toHalfWidth(text)
    .replace(/\([^()]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .trim()
    // the column's own word in front ("缺席：无", "缺席人员：张三") names nobody
    .replace(/^(?:缺席|缺会|未到)(?:人员|同志)?\s*[:：]\s*/, '');
  if (s === '' || isBlankMark(s) || /^(?:0|无缺席|全部参加|全员参加|全到)$/.test(s)) return [];
  const out: string[] = [];
  for (const part of s.split(/[、,;；，\n]+/)) {
    const name = nameKey(part.split(/[:：]/)[0]).replace(/(?:因(?:病|事|公).*|请假.*|病假|事假|公差|出差)$/, '');
    if (name !== '' && !isBlankMark(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * How many a 参会人员 cell names: "卢刚、何强、方霞" or "卢刚 何强 方霞" → 3, "卢刚等9人" → 9,
 * "应到10人 实到9人" → 9; null where it does not say (全体党员, "卢刚等").
 */
export function participantCount(text: string): number | null {
  const s = toHalfWidth(text).trim();
  if (s === '') return null;
  // the count of those present, whatever else the cell says ("应到10人 实到9人", "全体党员（到会9人）")
  const present = PRESENT_IN_TEXT.exec(s);
  if (present) return Number(present[1]);
  if (/全体|全部|所有/.test(s)) return null;
  const total = /等\s*(\d+)\s*(?:人|名)/.exec(s) ?? /^(?:共\s*)?(\d+)\s*(?:人|名)$/.exec(s);
  if (total) return Number(total[1]);
  if (s.includes('等')) return null;
  const names = parsePlain(s);
  return names.length === 1 ? spacedNames(s) : names.length > 0 ? names.length : null;
}

/**
 * Names set apart by spaces alone ("卢刚 何强 许娜"). A two-character name is often padded to line
 * up with the three-character ones ("王　芳"): single characters side by side are one name, and a
 * single character beside a longer word is part of it ("欧阳 娜"), never a name of its own.
 */
function spacedNames(s: string): number {
  let names = 0;
  let singles = 0;
  for (const word of s.split(/\s+/)) {
    if (word.length === 1) { singles++; continue; }
    names += 1 + Math.floor(singles / 2);
    singles = 0;
  }
  return Math.max(1, names + Math.floor(singles / 2));
}
