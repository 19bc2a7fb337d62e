/**
 * M09 联系电话格式: an 11-digit mobile number (1[3-9]…) or a landline with its area code
 * (0 + 2–3 digits, then 7–8 digits). Several numbers may be separated by / 、 ，.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { maskPhone } from '../../values/mask.js';

export function validPhone(text: string): boolean {
  const parts = text.split(/[/／,，、;；]|\s{2,}/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((p) => {
    let s = p.replace(/[\s\-－—()（）]/g, '');
    s = s.replace(/^(\+86|0086)/, '');
    s = s.replace(/(转|ext\.?|x)\d{1,6}$/i, '');
    return /^1[3-9]\d{9}$/.test(s) || /^0[1-9]\d{1,2}\d{7,8}$/.test(s);
  });
}

export const m09Phone: Rule = {
  id: 'M09',
  area: 'members',
  severity: '警告',
  name: '联系电话格式有误',
  description: '联系电话应为11位手机号码（1开头，第二位3至9），或带区号的固定电话。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const phone = m.phone.value;
      if (phone == null || String(phone).trim() === '' || validPhone(String(phone))) continue;
      const name = m.name.value || null;
      const place = placeOf(m.phone.ref, m, name);
      out.push(makeFinding('M09', '警告', place,
        `${where(place)}${name ?? `第${m.row}行的党员`}的联系电话“${maskPhone(String(phone).trim())}”既不是11位手机号码，也不是带区号的固定电话，请核对后改正。`));
    }
    return out;
  },
};
