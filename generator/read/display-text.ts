/**
 * Display text of a date cell, close to what Excel shows for the common date formats
 * (ECMA-376 Part 1 §18.8.31 numFmt codes). Anything unusual falls back to ISO text, which a
 * reader of `t` parses just as well.
 */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** 1900-system serial → UTC calendar parts (Excel's fictitious 1900-02-29 is serial 60). */
function parts(serial: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  let days = Math.floor(serial);
  let secs = Math.round((serial - days) * 86400);
  if (secs >= 86400) { days += 1; secs -= 86400; }
  const dt = new Date((days - 25569 + (days < 61 ? 1 : 0)) * 86_400_000);
  return {
    y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(),
    h: Math.floor(secs / 3600), mi: Math.floor((secs % 3600) / 60), s: secs % 60,
  };
}

function iso(serial: number): string {
  const p = parts(serial);
  const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
  return serial % 1 === 0 ? date : `${date} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
}

/** Texts already made, per format: a ledger repeats its dates (a meeting's on every attendee row). */
const made = new Map<string, Map<number, string>>();

/** Text of a date serial under `fmt`; ISO (yyyy-mm-dd[ hh:mm:ss]) when the format is not simple. */
export function dateText(serial: number, fmt: string | undefined): string {
  let texts = made.get(fmt ?? '');
  if (!texts) {
    if (made.size >= 64) made.clear();
    made.set(fmt ?? '', (texts = new Map()));
  }
  let text = texts.get(serial);
  if (text === undefined) {
    if (texts.size >= 4096) texts.clear();
    texts.set(serial, (text = formatDate(serial, fmt)));
  }
  return text;
}

function formatDate(serial: number, fmt: string | undefined): string {
  if (!Number.isFinite(serial) || serial < 0) return String(serial);
  if (!fmt) return iso(serial);
  const section = fmt.split(';')[0].replace(/\[[^\]]*\]/g, '');
  if (/mmm|ddd|AM\/PM|A\/P|上午\/下午|[eEgGbB]/.test(section.replace(/"[^"]*"/g, ''))) return iso(serial);
  const p = parts(serial);
  let out = '';
  let afterHour = false;
  const tokens = section.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|./gi) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower[0] === 'y') out += lower.length <= 2 ? pad(p.y % 100) : String(p.y);
    else if (lower[0] === 'd') out += lower.length === 1 ? String(p.d) : pad(p.d);
    else if (lower[0] === 'h') { out += lower.length === 1 ? String(p.h) : pad(p.h); afterHour = true; }
    else if (lower[0] === 's') out += lower.length === 1 ? String(p.s) : pad(p.s);
    else if (lower[0] === 'm') {
      // "m" after an hour or before seconds is minutes (§18.8.31)
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !x.startsWith('"'));
      const minutes = afterHour || (next !== undefined && next.toLowerCase()[0] === 's');
      const n = minutes ? p.mi : p.mo;
      out += lower.length === 1 ? String(n) : pad(n);
      afterHour = false;
    } else if (t === '_' || t === '*') i++;
    else out += t;
  }
  return out;
}
