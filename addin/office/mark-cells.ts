/**
 * 标出问题 / 清除标出. Marking remembers each cell's fill before it is changed, in the workbook's own
 * settings, so clearing restores exactly what was there, even after the file was saved and reopened.
 * Four syncs to mark (sheet names, fills and notes, note locations, write), two to clear.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { Capabilities } from './capabilities.js';
import { marksFor, NOTE_PREFIX } from './mark-style.js';
import { MARKS_KEY, type KeyValueStore } from './document-store.js';

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

export async function clearMarks(context: Excel.RequestContext, caps: Capabilities, store: KeyValueStore): Promise<number> {
  const state = store.get<SavedMarks>(MARKS_KEY);
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load('items/content');
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();

  const live = new Set(ws.items.map((s) => s.name));
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => sheets.get(name) ?? sheets.set(name, ws.getItem(name)).get(name)!;
  const fills = (state?.fills ?? []).filter((f) => live.has(f.sheet));
  for (const f of fills) {
    const fill = sheetOf(f.sheet).getRange(f.cell).format.fill;
    if (f.color == null) fill.clear();
    else fill.color = f.color;
  }
  for (const c of comments?.items ?? []) if (c.content.startsWith(NOTE_PREFIX)) c.delete();
  await context.sync();
  if (state) {
    store.remove(MARKS_KEY);
    await store.save();
  }
  return fills.length;
}

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], caps: Capabilities, store: KeyValueStore): Promise<MarkResult> {
  const marks = marksFor(findings);
  const sheetNames = new Set<string>();
  const ws = context.workbook.worksheets;
  ws.load('items/name');
  await context.sync();
  for (const s of ws.items) sheetNames.add(s.name);

  // A second 标出 first puts back what the first one changed, so the saved fills stay the originals.
  if (store.get<SavedMarks>(MARKS_KEY)) await clearMarks(context, caps, store);

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
  await context.sync();
  store.set(MARKS_KEY, { version: 1, fills } satisfies SavedMarks);
  await store.save();
  return { cells: fills.length, notes };
}

/** "'Sheet 1'!$B$3" → "Sheet 1!B3": one spelling whether or not Excel quoted the name. */
export function normaliseAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '')}`;
}
