/**
 * 标出问题 / 清除标出. Marking remembers each cell's fill before it is changed, in the workbook's own
 * settings, so clearing restores exactly what was there, even after the file was saved and reopened.
 * Three syncs to mark (read fills and existing notes, read note locations, write), two to clear.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { Capabilities } from './capabilities.js';
import { marksFor, NOTE_PREFIX } from './mark-style.js';
import { MARKS_KEY, queueReadSetting, queueWriteSetting } from './workbook-settings.js';

/** What a cell looked like before we marked it. color null = no fill at all. */
export interface SavedFill {
  sheet: string;
  cell: string;
  color: string | null;
}

export interface SavedMarks {
  version: 1;
  fills: SavedFill[];
}

export interface MarkResult {
  cells: number;
  notes: number;
}

function noFill(color: string | null, pattern: string | null, caps: Capabilities): boolean {
  // Without RangeFill.pattern (before ExcelApi 1.15) "no fill" reads as white: treat white as none.
  if (caps.fillPattern) return pattern === 'None';
  return color == null || color.toUpperCase() === '#FFFFFF';
}

export async function clearMarks(context: Excel.RequestContext, caps: Capabilities): Promise<number> {
  const saved = queueReadSetting<SavedMarks>(context, MARKS_KEY);
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load('items/content');
  await context.sync();

  const state = saved.value();
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
  for (const f of state?.fills ?? []) {
    const fill = sheetOf(f.sheet).getRange(f.cell).format.fill;
    if (f.color == null) fill.clear();
    else fill.color = f.color;
  }
  for (const c of comments?.items ?? []) if (c.content.startsWith(NOTE_PREFIX)) c.delete();
  saved.remove();
  await context.sync();
  return state?.fills.length ?? 0;
}

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], caps: Capabilities): Promise<MarkResult> {
  const prior = queueReadSetting<SavedMarks>(context, MARKS_KEY);
  const marks = marksFor(findings);
  const sheetNames = new Set<string>();
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  for (const s of ws.items) sheetNames.add(s.name);

  // A second 标出 first puts back what the first one changed, so the saved fills stay the originals.
  if (prior.value()) await clearMarks(context, caps);

  const live = marks.filter((m) => sheetNames.has(m.sheet));
  const ranges = live.map((m) => {
    const r = context.workbook.worksheets.getItem(m.sheet).getRange(m.cell);
    r.load(caps.fillPattern ? 'format/fill/color,format/fill/pattern' : 'format/fill/color');
    return r;
  });
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load('items/id');
  await context.sync();

  // cells that already carry a comment (one thread per cell): fill them, leave their comment alone
  const taken = new Set<string>();
  if (comments) {
    const locations = comments.items.map((c) => {
      const loc = c.getLocation();
      loc.load('address');
      return loc;
    });
    if (locations.length) await context.sync();
    for (const l of locations) taken.add(normaliseAddress(l.address));
  }

  const fills: SavedFill[] = [];
  let notes = 0;
  live.forEach((m, i) => {
    const f = ranges[i].format.fill;
    const pattern = caps.fillPattern ? (f as Excel.RangeFill & { pattern: string }).pattern : null;
    fills.push({ sheet: m.sheet, cell: m.cell, color: noFill(f.color, pattern, caps) ? null : f.color });
    f.color = m.fill;
    if (comments && !taken.has(`${m.sheet}!${m.cell}`)) {
      comments.add(ranges[i], m.note);
      notes++;
    }
  });
  queueWriteSetting(context, MARKS_KEY, { version: 1, fills } satisfies SavedMarks);
  await context.sync();
  return { cells: fills.length, notes };
}

/** "'Sheet 1'!$B$3" → "Sheet 1!B3": one spelling whether or not Excel quoted the name. */
export function normaliseAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '')}`;
}
