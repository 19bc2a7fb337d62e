/**
 * The 党小组 a 党小组会 record names: its 党小组 column, its type ("第一党小组会", "二组党小组会"),
 * the title of its block ("第二党小组会议记录（组长：王芳）"), or a topic naming the group's meeting.
 * C03 judges each named group by it (rules/meetings/named-groups.ts).
 */
import type { MeetingType } from '../model/ledger.js';
import { compact } from '../values/cell-text.js';
import { namesGroup, namesSeveral, numberedGroupIn } from '../values/group-name.js';
import { toHalfWidth } from '../values/half-width.js';
import type { HeaderBlock } from './header-match.js';
import { normalizeHeader } from './header-text.js';
import type { SheetView } from './sheet-view.js';

const GROUP_HEADERS = new Set(['党小组', '所在党小组', '所属党小组', '党小组名称', '小组']);

/** Where a block keeps its 党小组 column (a header no schema field took), and its title's group. */
export interface BlockGroups {
  col: number | undefined;
  title: string | null;
}

export function blockGroups(view: SheetView, block: HeaderBlock): BlockGroups {
  let col: number | undefined;
  for (let r = block.row; r <= block.endRow && col === undefined; r++) {
    col = view.filledCols(r).find((c) => !block.mapped.has(c) && GROUP_HEADERS.has(normalizeHeader(view.text(r, c))));
  }
  let title: string | null = null;
  // the one text over the block, as blockMeetingType reads a type from it
  for (let r = block.row - 1; r >= Math.max(view.top, block.row - 2); r--) {
    const filled = view.filledCols(r);
    if (filled.length === 0) continue;
    if (filled.length === 1) title = numberedGroupIn(view.text(r, filled[0]));
    break;
  }
  return { col, title };
}

/** The group a record of these types names, or null (a meeting of the branch as a whole). */
export function meetingGroup(view: SheetView, row: number, groups: BlockGroups, types: MeetingType[], typeText: string | null, topic: string | null): string | null {
  if (!types.includes('group')) return null;
  if (groups.col !== undefined) {
    const text = view.text(row, groups.col);
    // "全体", "第一、二党小组": a meeting of no one group, covering its month for all; "否", "—": none named
    if (namesGroup(text)) return namesSeveral(text) ? null : text;
  }
  const typed = typeText ? numberedGroupIn(typeText) : null;
  if (typed) return typed;
  if (groups.title) return groups.title;
  // a topic names the group only where it names that group's meeting ("第一党小组会：学习…")
  const inTopic = topic ? numberedGroupIn(topic) : null;
  if (!inTopic) return null;
  const t = compact(toHalfWidth(topic!));
  return t.includes(`${inTopic}会`) || t.includes(`${inTopic}党小组会`) ? inTopic : null;
}
