/**
 * 缺席人员 text → name keys: "张三（病假）、李四(出差)，王五：事假" → 张三, 李四, 王五.
 * Reasons in brackets or after a colon are dropped; 无 / 0 / a dash mean nobody.
 */
import { toHalfWidth } from './half-width.js';
import { isBlankMark } from './cell-text.js';
import { memoList } from './memo.js';
import { nameKey } from './name.js';

export const parseAbsentees: (text: string) => string[] = memoList(readAbsentees);

function readAbsentees(text: string): string[] {
  const s = toHalfWidth(text)
    .replace(/\([^()]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '')
    .trim();
  if (s === '' || isBlankMark(s) || /^(?:0|无缺席|全部参加|全员参加|全到)$/.test(s)) return [];
  const out: string[] = [];
  for (const part of s.split(/[、,;；，\n]+/)) {
    const name = nameKey(part.split(/[:：]/)[0]).replace(/(?:因(?:病|事|公).*|请假.*|病假|事假|公差|出差)$/, '');
    if (name !== '' && !isBlankMark(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
