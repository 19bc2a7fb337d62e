/**
 * A stand-in for the part of the Excel JavaScript API the add-in uses, over an in-memory WorkbookModel.
 * It keeps the rules that make real add-ins slow or wrong: commands are queued and run only at
 * context.sync(); a property read before it was loaded and synced throws PropertyNotLoaded; a missing
 * item fails the sync (ItemNotFound); activating or selecting in a hidden sheet fails (InvalidOperation),
 * as does any write to a protected sheet (AccessDenied); a sync whose request or response is over
 * Excel on the web's 5 MB payload limit fails (Request/ResponsePayloadSizeLimitExceeded). Every sync
 * and API call is logged so tests can count them.
 */
import { a1, parseA1 } from '../../ledger/grid/address.js';
import type { ModelCell, ModelSheet, WorkbookModel } from './workbook-model.js';
import { jsonBytes } from '../office/payload.js';

export interface HostLog {
  syncs: number;
  calls: string[];
  /** milliseconds spent inside sync() doing the host's work (what real Excel does outside our script) */
  hostMs: number;
  /** the largest request / response of one sync so far, in bytes of JSON */
  maxRequestBytes: number;
  maxResponseBytes: number;
}

type Op = () => void;

class Batch {
  ops: Op[] = [];
  /** bytes this batch sends to Excel (values, formats, note text), as JSON */
  requestBytes = 0;
  /** bytes Excel sends back for the loads of the sync under way */
  responseBytes = 0;
  constructor(readonly host: FakeExcelHost) {}
}


/** Excel refuses to change a protected sheet: the whole sync fails. */
function assertWritable(sheet: ModelSheet): void {
  if (sheet.protected) throw new Error(`AccessDenied: You cannot perform the requested operation. (worksheet ${sheet.name} is protected)`);
}

/** A protected workbook structure: no sheet added, deleted, hidden or unhidden, the whole sync fails. */
function assertStructure(model: WorkbookModel, call: string): void {
  if (model.structureProtected) throw new Error(`AccessDenied: You cannot perform the requested operation. (${call}: the workbook structure is protected)`);
}

/** Excel cannot show a sheet the user hid: activate() and select() there fail the sync. */
function assertShown(sheet: ModelSheet, call: string): void {
  if (sheet.visibility !== 'Visible') throw new Error(`InvalidOperation: The operation attempted is invalid on the object. (${call} on ${sheet.visibility.toLowerCase()} worksheet ${sheet.name})`);
}

/** Base of every proxy: load() queues a snapshot; reads see only what was loaded. */
abstract class Proxy {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly batch: Batch) {}
  protected abstract snapshot(prop: string): unknown;
  protected abstract readonly kind: string;

  load(props?: string | string[]): this {
    const list = props === undefined ? this.defaultProps() : Array.isArray(props) ? props : props.split(',');
    this.batch.host.log.calls.push(`${this.kind}.load(${list.map((p) => p.trim()).join(',')})`);
    for (const raw of list) {
      const path = raw.trim();
      if (!path) continue;
      const [head, ...rest] = path.split('/');
      if (rest.length) this.child(head).load(rest.join('/'));
      else this.batch.ops.push(() => this.loaded.set(head, this.snapshot(head)));
    }
    return this;
  }

  protected defaultProps(): string[] {
    return [];
  }

  protected child(name: string): Proxy {
    throw new Error(`InvalidArgument: ${this.kind} has no navigation property ${name}`);
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new Error(`PropertyNotLoaded: ${this.kind}.${prop} was read before load() and context.sync()`);
    }
    return this.loaded.get(prop) as T;
  }

  protected queue(call: string, op: Op): void {
    this.batch.host.log.calls.push(call);
    this.batch.ops.push(op);
  }
}

function parseRangeAddress(address: string): { top: number; left: number; bottom: number; right: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const rowsOnly = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rowsOnly) return { top: Number(rowsOnly[1]), left: 1, bottom: Number(rowsOnly[2]), right: 16384 };
  const [p, q = p] = local.split(':');
  const s = parseA1(p);
  const e = parseA1(q);
  if (!s || !e) throw new Error(`InvalidArgument: bad address ${address}`);
  return { top: Math.min(s.row, e.row), left: Math.min(s.col, e.col), bottom: Math.max(s.row, e.row), right: Math.max(s.col, e.col) };
}

// Excel quotes sheet names with spaces or punctuation in addresses, not plain (CJK) letters
function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellText(c: ModelCell | undefined): string {
  if (!c || c.v === null) return '';
  if (c.t !== undefined) return c.t;
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  return String(c.v);
}

/** Range.rowHidden / columnHidden over lines from..to: all hidden, none, or some (null). */
function allOrNone(hidden: number[] | undefined, from: number, to: number): boolean | null {
  const set = new Set(hidden ?? []);
  let n = 0;
  for (const x of set) if (x >= from && x <= to) n++;
  return n === 0 ? false : n === to - from + 1 ? true : null;
}

function setLines(hidden: number[] | undefined, from: number, to: number, hide: boolean): number[] {
  const set = new Set(hidden ?? []);
  for (let x = from; x <= to; x++) if (hide) set.add(x); else set.delete(x);
  return [...set].sort((a, b) => a - b);
}

class FakeFill extends Proxy {
  protected readonly kind = 'RangeFill';
  constructor(batch: Batch, private readonly range: FakeRange) { super(batch); }
  protected snapshot(prop: string): unknown {
    const fills = this.range.cellsAddresses().map((a) => this.range.sheet.cells[a]?.fill ?? null);
    const same = fills.every((f) => f === fills[0]);
    if (prop === 'color') return same ? (fills[0] ?? '#FFFFFF') : null;
    if (prop === 'pattern') return same ? (fills[0] ? 'Solid' : 'None') : null;
    throw new Error(`PropertyNotFound: RangeFill.${prop}`);
  }
  get color(): string { return this.get('color'); }
  set color(v: string) {
    this.queue(`fill.color=${v}`, () => { assertWritable(this.range.sheet); this.range.forEachCell((c) => { c.fill = v.toUpperCase(); }, true); });
  }
  get pattern(): string { return this.get('pattern'); }
  clear(): void {
    this.queue('fill.clear()', () => { assertWritable(this.range.sheet); this.range.forEachCell((c) => { delete c.fill; }, false); });
  }
}

class FakeFont extends Proxy {
  protected readonly kind = 'RangeFont';
  constructor(batch: Batch, private readonly range: FakeRange) { super(batch); }
  protected snapshot(): unknown { return undefined; }
  set bold(v: boolean) {
    this.queue(`font.bold=${v}`, () => { assertWritable(this.range.sheet); this.range.forEachCell((c) => { c.bold = v; }, true); });
  }
}

class FakeFormat extends Proxy {
  protected readonly kind = 'RangeFormat';
  readonly fill: FakeFill;
  readonly font: FakeFont;
  constructor(batch: Batch, range: FakeRange) {
    super(batch);
    this.fill = new FakeFill(batch, range);
    this.font = new FakeFont(batch, range);
  }
  protected snapshot(prop: string): unknown { throw new Error(`PropertyNotFound: RangeFormat.${prop}`); }
  protected override child(name: string): Proxy {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return super.child(name);
  }
  autofitColumns(): void { this.queue('format.autofitColumns()', () => undefined); }
}

export class FakeRange extends Proxy {
  protected readonly kind = 'Range';
  readonly format: FakeFormat;
  constructor(batch: Batch, readonly sheet: ModelSheet, readonly box: { top: number; left: number; bottom: number; right: number }) {
    super(batch);
    this.format = new FakeFormat(batch, this);
  }
  protected override child(name: string): Proxy {
    return name === 'format' ? this.format : super.child(name);
  }
  cellsAddresses(): string[] {
    const out: string[] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) for (let c = this.box.left; c <= this.box.right; c++) out.push(a1(r, c));
    return out;
  }
  contains(addr: string): boolean {
    const p = parseA1(addr);
    return !!p && p.row >= this.box.top && p.row <= this.box.bottom && p.col >= this.box.left && p.col <= this.box.right;
  }
  forEachCell(fn: (c: ModelCell) => void, create: boolean): void {
    if (!create) {
      // a one-cell range must not scan the whole sheet: clearing thousands of marks froze the page
      const area = (this.box.bottom - this.box.top + 1) * (this.box.right - this.box.left + 1);
      if (area <= 4096) {
        for (const addr of this.cellsAddresses()) if (this.sheet.cells[addr]) fn(this.sheet.cells[addr]);
        return;
      }
      for (const [addr, c] of Object.entries(this.sheet.cells)) if (this.contains(addr)) fn(c);
      return;
    }
    for (const addr of this.cellsAddresses()) {
      let c = this.sheet.cells[addr];
      if (!c && !create) continue;
      if (!c) c = this.sheet.cells[addr] = { v: null };
      fn(c);
    }
  }
  private matrix<T>(fn: (c: ModelCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(fn(this.sheet.cells[a1(r, c)]));
      out.push(row);
    }
    return out;
  }
  protected snapshot(prop: string): unknown {
    const out = this.read(prop);
    if (Array.isArray(out)) this.batch.responseBytes += jsonBytes(out);
    return out;
  }
  private read(prop: string): unknown {
    const { top, left, bottom, right } = this.box;
    switch (prop) {
      case 'values': return this.matrix((c) => (c && c.v !== null ? c.v : ''));
      case 'text': return this.matrix(cellText);
      case 'numberFormat': return this.matrix((c) => c?.f ?? 'General');
      case 'address': return `${quoteSheet(this.sheet.name)}!${a1(top, left)}${top === bottom && left === right ? '' : ':' + a1(bottom, right)}`;
      case 'rowIndex': return top - 1;
      case 'columnIndex': return left - 1;
      case 'rowCount': return bottom - top + 1;
      case 'columnCount': return right - left + 1;
      // true when every row (column) of the range is hidden, false when none is, null when some are
      case 'rowHidden': return allOrNone(this.sheet.hiddenRows, top, bottom);
      case 'columnHidden': return allOrNone(this.sheet.hiddenCols, left, right);
      default: throw new Error(`PropertyNotFound: Range.${prop}`);
    }
  }
  get values(): unknown[][] { return this.get('values'); }
  set values(v: unknown[][]) {
    this.batch.requestBytes += jsonBytes(v);
    this.queue(`range.values=[${v.length}x${v[0]?.length ?? 0}]`, () => this.writeMatrix(v, (c, x) => {
      c.v = x === '' || x === undefined ? null : (x as ModelCell['v']);
      delete c.t;
    }));
  }
  get text(): string[][] { return this.get('text'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.batch.requestBytes += jsonBytes(v);
    this.queue('range.numberFormat=', () => this.writeMatrix(v, (c, x) => { c.f = String(x); }));
  }
  get address(): string { return this.get('address'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get rowHidden(): boolean | null { return this.get('rowHidden'); }
  /** ExcelApi 1.2: hides or shows the range's whole rows; not on a protected sheet */
  set rowHidden(v: boolean) {
    this.queue(`range.rowHidden=${v}`, () => {
      assertWritable(this.sheet);
      this.sheet.hiddenRows = setLines(this.sheet.hiddenRows, this.box.top, this.box.bottom, v);
    });
  }
  get columnHidden(): boolean | null { return this.get('columnHidden'); }
  set columnHidden(v: boolean) {
    this.queue(`range.columnHidden=${v}`, () => {
      assertWritable(this.sheet);
      this.sheet.hiddenCols = setLines(this.sheet.hiddenCols, this.box.left, this.box.right, v);
    });
  }
  get columnCount(): number { return this.get('columnCount'); }

  private writeMatrix(v: unknown[][], set: (c: ModelCell, x: unknown) => void): void {
    const rows = this.box.bottom - this.box.top + 1;
    const cols = this.box.right - this.box.left + 1;
    if (v.length !== rows || v.some((r) => r.length !== cols)) {
      throw new Error(`InvalidArgument: ${v.length}x${v[0]?.length} array for a ${rows}x${cols} range`);
    }
    assertWritable(this.sheet);
    v.forEach((row, r) => row.forEach((x, c) => {
      const addr = a1(this.box.top + r, this.box.left + c);
      const cell = this.sheet.cells[addr] ?? (this.sheet.cells[addr] = { v: null });
      set(cell, x);
    }));
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    if (!this.batch.host.isSetSupported('ExcelApi', '1.13')) throw new Error('ApiNotFound: Range.getMergedAreasOrNullObject needs ExcelApi 1.13');
    this.batch.host.log.calls.push('range.getMergedAreasOrNullObject()');
    // as Office.js does for *OrNullObject: isNullObject is known after the next sync
    const areas = new FakeRangeAreas(this.batch, this);
    areas.load('isNullObject');
    return areas;
  }
  select(): void {
    this.queue(`range.select(${this.sheet.name}!${a1(this.box.top, this.box.left)})`, () => {
      assertShown(this.sheet, 'Range.select');
      const m = this.batch.host.model;
      // as in Excel, selecting a cell of a merged area selects the whole area
      const merge = this.box.top === this.box.bottom && this.box.left === this.box.right
        ? (this.sheet.merges ?? []).find((x) => this.box.top >= x.top && this.box.top <= x.bottom && this.box.left >= x.left && this.box.left <= x.right)
        : undefined;
      const { top, left, bottom, right } = merge ?? this.box;
      m.selection = { sheetId: this.sheet.id, address: a1(top, left) + (top === bottom && left === right ? '' : ':' + a1(bottom, right)) };
      m.activeSheetId = this.sheet.id;
    });
  }
  clear(): void {
    this.queue('range.clear()', () => {
      assertWritable(this.sheet);
      for (const addr of Object.keys(this.sheet.cells)) if (this.contains(addr)) delete this.sheet.cells[addr];
    });
  }
}

/** Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas whose top-left cell is in the range. */
class FakeRangeAreas extends Proxy {
  protected readonly kind = 'RangeAreas';
  constructor(batch: Batch, readonly range: FakeRange) { super(batch); }
  private areas(): { top: number; left: number; bottom: number; right: number }[] {
    return (this.range.sheet.merges ?? []).filter((m) => this.range.contains(a1(m.top, m.left)));
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.areas().length === 0;
    if (prop === 'address') {
      const name = quoteSheet(this.range.sheet.name);
      return this.areas().map((m) => `${name}!${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).join(', ');
    }
    throw new Error(`PropertyNotFound: RangeAreas.${prop}`);
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get address(): string { return this.get('address'); }
}

/** Worksheet.protection (ExcelApi 1.2): only whether the sheet is protected. */
class FakeWorksheetProtection extends Proxy {
  protected readonly kind = 'WorksheetProtection';
  constructor(batch: Batch, private readonly sheet: () => ModelSheet) { super(batch); }
  protected snapshot(prop: string): unknown {
    if (prop === 'protected') return Boolean(this.sheet().protected);
    throw new Error(`PropertyNotFound: WorksheetProtection.${prop}`);
  }
  get protected(): boolean { return this.get('protected'); }
}

export class FakeWorksheet extends Proxy {
  protected readonly kind = 'Worksheet';
  readonly protection: FakeWorksheetProtection;
  constructor(batch: Batch, readonly model: ModelSheet | null) {
    super(batch);
    this.protection = new FakeWorksheetProtection(batch, () => this.sheet());
  }
  protected override child(name: string): Proxy {
    return name === 'protection' ? this.protection : super.child(name);
  }
  protected override defaultProps(): string[] { return ['name', 'visibility', 'id']; }
  private sheet(): ModelSheet {
    if (!this.model) throw new Error('ItemNotFound: the worksheet does not exist');
    return this.model;
  }
  protected snapshot(prop: string): unknown {
    if (prop === 'isNullObject') return this.model === null;
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'id') return s.id;
    throw new Error(`PropertyNotFound: Worksheet.${prop}`);
  }
  get isNullObject(): boolean { return this.get('isNullObject'); }
  get name(): string { return this.get('name'); }
  get visibility(): string { return this.get('visibility'); }
  /** ExcelApi 1.2; unlike the Excel window, the API may show a very hidden sheet too */
  set visibility(v: string) {
    this.queue(`worksheet.visibility=${v}`, () => {
      assertStructure(this.batch.host.model, 'Worksheet.visibility');
      this.sheet().visibility = v as ModelSheet['visibility'];
    });
  }
  get id(): string { return this.get('id'); }
  getRange(address?: string): FakeRange {
    this.batch.host.log.calls.push(`worksheet.getRange(${address ?? ''})`);
    const box = address ? parseRangeAddress(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
    return new FakeRange(this.batch, this.sheet(), box);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.batch.host.log.calls.push(`worksheet.getUsedRange(${valuesOnly ?? ''})`);
    const s = this.sheet();
    const box = this.batch.host.timed(() => {
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      for (const [addr, c] of Object.entries(s.cells)) {
        if (valuesOnly ? c.v === null || c.v === '' : c.v === null && !c.fill) continue;
        const p = parseA1(addr)!;
        top = Math.min(top, p.row); left = Math.min(left, p.col);
        bottom = Math.max(bottom, p.row); right = Math.max(right, p.col);
      }
      return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
    });
    return new FakeRange(this.batch, s, box);
  }
  activate(): void {
    this.queue(`worksheet.activate(${this.model?.name})`, () => {
      assertShown(this.sheet(), 'Worksheet.activate');
      this.batch.host.model.activeSheetId = this.sheet().id;
    });
  }
  delete(): void {
    this.queue(`worksheet.delete(${this.model?.name})`, () => {
      const m = this.batch.host.model;
      assertStructure(m, 'Worksheet.delete');
      m.sheets = m.sheets.filter((s) => s !== this.model);
    });
  }
}

class FakeWorksheetCollection extends Proxy {
  protected readonly kind = 'WorksheetCollection';
  private itemsSnapshot: FakeWorksheet[] | null = null;
  readonly onChanged = {
    add: (handler: (e: unknown) => Promise<unknown> | void) => {
      this.batch.host.log.calls.push('worksheets.onChanged.add');
      this.batch.host.changeHandlers.push(handler);
      return { remove: () => undefined };
    },
  };
  protected snapshot(prop: string): unknown {
    throw new Error(`PropertyNotFound: WorksheetCollection.${prop}`);
  }
  override load(props?: string | string[]): this {
    const list = props === undefined ? ['items'] : Array.isArray(props) ? props : props.split(',');
    this.batch.host.log.calls.push(`worksheets.load(${list.map((p) => p.trim()).join(',')})`);
    const sub = list.map((p) => p.trim()).filter((p) => p.startsWith('items')).map((p) => p.slice('items/'.length)).filter(Boolean);
    this.batch.ops.push(() => {
      this.itemsSnapshot = this.batch.host.model.sheets.map((s) => {
        const w = new FakeWorksheet(this.batch, s);
        return w;
      });
    });
    // load the items' properties in the same sync, after the snapshot above
    this.batch.ops.push(() => {
      for (const w of this.itemsSnapshot ?? []) {
        const before = this.batch.ops.length;
        w.load(sub.length ? sub : undefined);
        // run the queued loads right away: we are inside the sync already
        const added = this.batch.ops.splice(before);
        for (const op of added) op();
      }
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemsSnapshot) throw new Error('PropertyNotLoaded: WorksheetCollection.items');
    return this.itemsSnapshot;
  }
  private find(name: string): ModelSheet | null {
    // Excel's getItem takes a name or an id
    return this.batch.host.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() || s.id === name) ?? null;
  }
  getItem(name: string): FakeWorksheet {
    this.batch.host.log.calls.push(`worksheets.getItem(${name})`);
    const s = this.find(name);
    if (!s) this.batch.ops.push(() => { throw new Error(`ItemNotFound: worksheet ${name}`); });
    return new FakeWorksheet(this.batch, s);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.batch.host.log.calls.push(`worksheets.getItemOrNullObject(${name})`);
    const w = new FakeWorksheet(this.batch, this.find(name));
    w.load('isNullObject');
    return w;
  }
  getActiveWorksheet(): FakeWorksheet {
    const m = this.batch.host.model;
    return new FakeWorksheet(this.batch, m.sheets.find((s) => s.id === m.activeSheetId) ?? m.sheets[0] ?? null);
  }
  add(name: string): FakeWorksheet {
    const host = this.batch.host;
    if (this.find(name)) this.batch.ops.push(() => { throw new Error(`ItemAlreadyExists: worksheet ${name}`); });
    const s: ModelSheet = { id: `sheet${++host.nextId}`, name, visibility: 'Visible', cells: {} };
    this.queue(`worksheets.add(${name})`, () => {
      assertStructure(host.model, 'WorksheetCollection.add');
      host.model.sheets.push(s);
    });
    return new FakeWorksheet(this.batch, s);
  }
}

class FakeComment extends Proxy {
  protected readonly kind = 'Comment';
  constructor(batch: Batch, private readonly id: string) { super(batch); }
  private find() {
    return this.batch.host.model.comments.find((c) => c.id === this.id);
  }
  protected snapshot(prop: string): unknown {
    const c = this.find();
    if (!c) throw new Error('ItemNotFound: comment');
    if (prop === 'content') return c.content;
    if (prop === 'id') return c.id;
    throw new Error(`PropertyNotFound: Comment.${prop}`);
  }
  get content(): string { return this.get('content'); }
  getLocation(): FakeRange {
    this.batch.host.log.calls.push('comment.getLocation()');
    const c = this.find();
    const sheet = this.batch.host.model.sheets.find((x) => x.id === c?.sheetId);
    if (!c || !sheet) throw new Error('ItemNotFound: comment');
    return new FakeRange(this.batch, sheet, parseRangeAddress(c.address));
  }
  delete(): void {
    this.queue('comment.delete()', () => {
      const m = this.batch.host.model;
      const c = m.comments.find((x) => x.id === this.id);
      const sheet = m.sheets.find((x) => x.id === c?.sheetId);
      if (sheet) assertWritable(sheet);
      m.comments = m.comments.filter((c) => c.id !== this.id);
    });
  }
}

class FakeCommentCollection extends Proxy {
  protected readonly kind = 'CommentCollection';
  private itemsSnapshot: FakeComment[] | null = null;
  protected snapshot(prop: string): unknown { throw new Error(`PropertyNotFound: CommentCollection.${prop}`); }
  override load(props?: string | string[]): this {
    this.batch.host.log.calls.push(`comments.load(${String(props ?? '')})`);
    this.batch.ops.push(() => {
      this.itemsSnapshot = this.batch.host.model.comments.map((c) => {
        const fc = new FakeComment(this.batch, c.id);
        const before = this.batch.ops.length;
        fc.load(['content', 'id']);
        for (const op of this.batch.ops.splice(before)) op();
        return fc;
      });
    });
    return this;
  }
  get items(): FakeComment[] {
    if (!this.itemsSnapshot) throw new Error('PropertyNotLoaded: CommentCollection.items');
    return this.itemsSnapshot;
  }
  add(cellAddress: string | FakeRange, content: string): FakeComment {
    const host = this.batch.host;
    this.batch.requestBytes += jsonBytes(content);
    const id = `comment${++host.nextId}`;
    this.queue(`comments.add(${typeof cellAddress === 'string' ? cellAddress : cellAddress.sheet.name + '!' + a1(cellAddress.box.top, cellAddress.box.left)})`, () => {
      let sheet: ModelSheet;
      let address: string;
      if (typeof cellAddress === 'string') {
        const bang = cellAddress.lastIndexOf('!');
        if (bang < 0) throw new Error('InvalidArgument: comments.add needs a sheet-qualified address');
        const name = cellAddress.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
        const s = host.model.sheets.find((x) => x.name === name);
        if (!s) throw new Error(`ItemNotFound: worksheet ${name}`);
        sheet = s;
        address = cellAddress.slice(bang + 1);
      } else {
        sheet = cellAddress.sheet;
        address = a1(cellAddress.box.top, cellAddress.box.left);
      }
      assertWritable(sheet);
      if (host.model.comments.some((c) => c.sheetId === sheet.id && c.address === address)) {
        throw new Error(`InvalidArgument: ${sheet.name}!${address} already has a comment`);
      }
      host.model.comments.push({ id, sheetId: sheet.id, address, content });
    });
    return new FakeComment(this.batch, id);
  }
}

class FakeWorkbook extends Proxy {
  protected readonly kind = 'Workbook';
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeCommentCollection;
  constructor(batch: Batch) {
    super(batch);
    this.worksheets = new FakeWorksheetCollection(batch);
    this.comments = new FakeCommentCollection(batch);
  }
  override load(props?: string | string[]): this {
    if (!this.batch.host.isSetSupported('ExcelApi', '1.7')) throw new Error('ApiNotFound: Workbook.load needs ExcelApi 1.7');
    return super.load(props);
  }
  protected snapshot(prop: string): unknown {
    // Workbook.name: the file name with its extension; a workbook never saved goes by Excel's 工作簿1
    if (prop === 'name') return this.batch.host.model.fileName ?? '工作簿1';
    throw new Error(`PropertyNotFound: Workbook.${prop}`);
  }
  /** ExcelApi 1.7 */
  get name(): string { return this.get('name'); }
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private readonly batch: Batch;
  constructor(readonly host: FakeExcelHost) {
    this.batch = new Batch(host);
    this.workbook = new FakeWorkbook(this.batch);
  }
  async sync(): Promise<void> {
    this.host.log.syncs++;
    this.host.log.calls.push('context.sync()');
    const ops = this.batch.ops;
    const sent = this.batch.requestBytes;
    this.batch.ops = [];
    this.batch.requestBytes = 0;
    this.batch.responseBytes = 0;
    const limit = this.host.payloadLimitBytes;
    if (sent > limit) throw new Error(`RequestPayloadSizeLimitExceeded: The request payload size has exceeded the limit (${sent} bytes).`);
    this.host.log.maxRequestBytes = Math.max(this.host.log.maxRequestBytes, sent);
    this.host.timed(() => {
      for (const op of ops) op(); // a throwing op fails the whole sync, as in Excel
    });
    const got = this.batch.responseBytes;
    if (got > limit) throw new Error(`ResponsePayloadSizeLimitExceeded: The response payload size has exceeded the limit (${got} bytes).`);
    // the largest sync that went through
    this.host.log.maxResponseBytes = Math.max(this.host.log.maxResponseBytes, got);
    await Promise.resolve();
  }
  pendingOps(): number {
    return this.batch.ops.length;
  }
}

export class FakeExcelHost {
  readonly log: HostLog = { syncs: 0, calls: [], hostMs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  /**
   * Excel on the web fails a sync whose request or response is over 5 MB (desktop Excel has no such
   * limit): the stand-in keeps the stricter one.
   * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
   */
  payloadLimitBytes = 5 * 1024 * 1024;
  readonly changeHandlers: ((e: unknown) => Promise<unknown> | void)[] = [];
  nextId = 1000;
  /** ExcelApi minor version the host claims (isSetSupported): 12 = ExcelApi 1.12 */
  apiMinor = 12;
  /** commands left unsynced when an Excel.run batch returned (a bug in the add-in) */
  unsyncedAtEnd = 0;
  constructor(public model: WorkbookModel) {}

  /** runs host-side work, counting its time as the host's, not the add-in's */
  timed<T>(work: () => T): T {
    const t0 = performance.now();
    try {
      return work();
    } finally {
      this.log.hostMs += performance.now() - t0;
    }
  }

  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    this.log.calls.push('Excel.run');
    const ctx = new FakeContext(this);
    const out = await batch(ctx);
    if (ctx.pendingOps() > 0) this.unsyncedAtEnd++;
    return out;
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    const [major, minor = '0'] = version.split('.');
    return name === 'ExcelApi' && Number(major) === 1 && Number(minor) <= this.apiMinor;
  }

  /**
   * Office.context.document.settings: set/remove change an in-memory copy, saveAsync writes it into
   * the workbook (model.settings), as Office does; a value never saved is lost with the session.
   */
  readonly documentSettings = (() => {
    let staged: Record<string, unknown> | null = null;
    const view = () => (staged ??= { ...this.model.settings });
    return {
      get: (name: string): unknown => view()[name] ?? null,
      set: (name: string, value: unknown): void => { view()[name] = value; },
      remove: (name: string): void => { delete view()[name]; },
      saveAsync: (cb?: (r: { status: string }) => void): void => {
        this.log.calls.push('settings.saveAsync');
        this.model.settings = { ...view() };
        staged = null;
        cb?.({ status: 'succeeded' });
      },
    };
  })();

  /** A user edit: writes the cell and fires worksheets.onChanged like Excel does. */
  async userEdit(sheetName: string, address: string, value: ModelCell['v']): Promise<void> {
    const s = this.model.sheets.find((x) => x.name === sheetName);
    if (!s) throw new Error(`no sheet ${sheetName}`);
    const c = s.cells[address] ?? (s.cells[address] = { v: null });
    c.v = value;
    delete c.t;
    for (const h of this.changeHandlers) await h({ worksheetId: s.id, address, changeType: 'RangeEdited', source: 'Local' });
  }

  sheet(name: string): ModelSheet | undefined {
    return this.model.sheets.find((x) => x.name === name);
  }

  resetLog(): void {
    this.log.syncs = 0;
    this.log.calls.length = 0;
    this.log.hostMs = 0;
    this.log.maxRequestBytes = 0;
    this.log.maxResponseBytes = 0;
  }
}
