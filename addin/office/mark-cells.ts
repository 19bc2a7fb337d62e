/**
 * 标出问题 / 清除标出. Marking remembers each cell's fill before it is changed, in the workbook's own
 * settings, so clearing restores exactly what was there, even after the file was saved and reopened.
 * Four syncs to mark (sheet names, fills and notes, note locations, write), two to clear (three when a
 * sheet is protected). A protected sheet is left alone (Excel would fail the whole sync) and named in
 * the result, so the pane can say which sheet to unprotect.
 */
import type { Finding } from '../../ledger/findings/finding.js';
import type { Capabilities } from './capabilities.js';
import { marksFor, NOTE_PREFIX } from './mark-style.js';
import { MARKS_KEY, type KeyValueStore } from './document-store.js';
import { jsonBytes, SYNC_BUDGET_BYTES } from './payload.js';

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

/** cells of one sheet that were, or could not be, marked or cleared */
export interface SheetCount {
  sheet: string;
  cells: number;
}

export interface MarkResult {
  cells: number;
  notes: number;
  /** cells not marked because their sheet is protected (absent when none) */
  protectedSheets?: SheetCount[];
  /** cells marked in hidden sheets, which the user sees only after unhiding them (absent when none) */
  hiddenSheets?: SheetCount[];
}

export interface ClearResult {
  cells: number;
  /** marks left in place because their sheet is protected; kept in the settings for a later clear */
  protectedSheets?: SheetCount[];
}

interface SheetState {
  live: Set<string>;
  locked: Set<string>;
  hidden: Set<string>;
}

/** One sync: which sheets exist, which are protected, which are hidden. */
async function sheetState(context: Excel.RequestContext): Promise<SheetState> {
  const ws = context.workbook.worksheets;
  ws.load('items/name,items/visibility,items/protection/protected');
  await context.sync();
  return {
    live: new Set(ws.items.map((s) => s.name)),
    locked: new Set(ws.items.filter((s) => s.protection.protected).map((s) => s.name)),
    hidden: new Set(ws.items.filter((s) => s.visibility !== 'Visible').map((s) => s.name)),
  };
}

function countBySheet(items: readonly { sheet: string }[]): SheetCount[] | undefined {
  const n = new Map<string, number>();
  for (const i of items) n.set(i.sheet, (n.get(i.sheet) ?? 0) + 1);
  return n.size ? [...n].map(([sheet, cells]) => ({ sheet, cells })) : undefined;
}

function noFill(color: string | null, pattern: string | null, caps: Capabilities): boolean {
  // Without RangeFill.pattern (before ExcelApi 1.15) "no fill" reads as white: treat white as none.
  if (caps.fillPattern) return pattern === 'None';
  return color == null || color.toUpperCase() === '#FFFFFF';
}

export async function clearMarks(context: Excel.RequestContext, caps: Capabilities, store: KeyValueStore): Promise<ClearResult> {
  const state = store.get<SavedMarks>(MARKS_KEY);
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load('items/content');
  const { live, locked } = await sheetState(context);

  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
  const saved = (state?.fills ?? []).filter((f) => live.has(f.sheet));
  const kept = saved.filter((f) => locked.has(f.sheet));
  const fills = saved.filter((f) => !locked.has(f.sheet));
  for (const f of fills) {
    const fill = sheetOf(f.sheet).getRange(f.cell).format.fill;
    if (f.color == null) fill.clear();
    else fill.color = f.color;
  }
  const ours = (comments?.items ?? []).filter((c) => c.content.startsWith(NOTE_PREFIX));
  // a note on a protected sheet cannot be deleted either: find where each is, only when it matters
  const where = locked.size ? ours.map((c) => c.getLocation().load('address')) : [];
  if (where.length) await context.sync();
  ours.forEach((c, i) => {
    if (!where.length || !locked.has(sheetOfAddress(where[i].address))) c.delete();
  });
  await context.sync();
  if (state) {
    if (kept.length) store.set(MARKS_KEY, { version: 1, fills: kept } satisfies SavedMarks);
    else store.remove(MARKS_KEY);
    await store.save();
  }
  return { cells: fills.length, protectedSheets: countBySheet(kept) };
}

export async function markFindings(context: Excel.RequestContext, findings: readonly Finding[], caps: Capabilities, store: KeyValueStore): Promise<MarkResult> {
  const marks = marksFor(findings);
  const { live: sheetNames, locked, hidden } = await sheetState(context);

  // A second 标出 first puts back what the first one changed, so the saved fills stay the originals;
  // what a protected sheet kept from the first stays saved, to be restored once it is unprotected.
  const kept = store.get<SavedMarks>(MARKS_KEY) ? (await clearMarks(context, caps, store), store.get<SavedMarks>(MARKS_KEY)?.fills ?? []) : [];
  const keptCells = new Set(kept.map((f) => `${f.sheet}!${f.cell}`));

  const live = marks.filter((m) => sheetNames.has(m.sheet) && !locked.has(m.sheet) && !keptCells.has(`${m.sheet}!${m.cell}`));
  const skipped = marks.filter((m) => locked.has(m.sheet));
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

  const fills: SavedFill[] = [...kept];
  let notes = 0;
  // thousands of notes in one sync would pass Excel on the web's 5 MB request limit: sync as they add up
  let pending = 0;
  for (const [i, m] of live.entries()) {
    const f = ranges[i].format.fill;
    const pattern = caps.fillPattern ? (f as Excel.RangeFill & { pattern: string }).pattern : null;
    fills.push({ sheet: m.sheet, cell: m.cell, color: noFill(f.color, pattern, caps) ? null : f.color });
    f.color = m.fill;
    pending += 64;
    if (comments && !taken.has(`${m.sheet}!${m.cell}`)) {
      comments.add(ranges[i], m.note);
      pending += jsonBytes(m.note);
      notes++;
    }
    if (pending > SYNC_BUDGET_BYTES) {
      await context.sync();
      pending = 0;
    }
  }
  await context.sync();
  store.set(MARKS_KEY, { version: 1, fills } satisfies SavedMarks);
  await store.save();
  return { cells: live.length, notes, protectedSheets: countBySheet(skipped), hiddenSheets: countBySheet(live.filter((m) => hidden.has(m.sheet))) };
}

/** The sheet of "'Sheet 1'!$B$3". */
function sheetOfAddress(address: string): string {
  const n = normaliseAddress(address);
  return n.slice(0, n.lastIndexOf('!'));
}

/** "'Sheet 1'!$B$3" → "Sheet 1!B3": one spelling whether or not Excel quoted the name. */
export function normaliseAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return `${sheet}!${address.slice(bang + 1).replace(/\$/g, '')}`;
}
