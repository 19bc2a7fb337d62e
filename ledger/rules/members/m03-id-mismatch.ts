/**
 * M03 身份证号码与出生日期、性别不一致: GB 11643-1999 第7–14位 = 出生日期, 第17位奇数 = 男.
 * Compared only where the ID is valid and the column holds a value; the finding sits on the
 * 出生日期 / 性别 cell, since a valid ID is the likelier truth.
 */
import type { Finding } from '../../findings/finding.js';
import type { DateValue, IsoDate } from '../../model/ledger.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { makeFinding, placeOf, where } from '../support/make-finding.js';
import { birthFromId, genderFromId } from './id-number.js';
import { validIdText } from './member-birth.js';
import { cnDate } from '../support/dates.js';

/** The 性别 as written, quoted: a code with the word it stands for (“2”（即“女”）). */
function written(raw: unknown, g: string): string {
  const text = raw == null ? g : String(raw).trim();
  return /^\d$/.test(text) ? `“${text}”（即“${g}”）` : `“${g}”`;
}

/**
 * "1985.10" typed into a number cell is stored and shown as 1985.1, which reads as January: where
 * the ID says October of that year, the number as shown (to say so in the message), else null.
 */
function octoberAsNumber(v: unknown, b: DateValue, fromId: IsoDate): string | null {
  if (typeof v !== 'number' || b.precision !== 'month') return null;
  const shown = String(v);
  return /^\d{4}\.1$/.test(shown) && fromId.slice(0, 7) === `${shown.slice(0, 4)}-10` ? shown : null;
}

export const m03IdMismatch: Rule = {
  id: 'M03',
  area: 'members',
  severity: '错误',
  name: '身份证号码与出生日期或性别不一致',
  description: '身份证号码所含的出生日期和性别（GB 11643-1999：第7至14位为出生日期，第17位奇数为男、偶数为女）应与名册的出生日期、性别栏一致。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const id = validIdText(m, ctx.asOf);
      if (!id) continue;
      const name = m.name.value || null;
      const who = name ?? `第${m.row}行的党员`;
      const birth = birthFromId(id);
      const b = m.birthDate.value;
      if (birth && b) {
        const n = b.precision === 'day' ? 10 : b.precision === 'month' ? 7 : 4;
        if (birth.slice(0, n) !== b.date.slice(0, n)) {
          const place = placeOf(m.birthDate.ref, m, name);
          const typed = octoberAsNumber(m.birthDate.raw?.v, b, birth);
          out.push(makeFinding('M03', '错误', place, typed
            ? `${where(place)}${who}的出生年月填写为数字${typed}（即${typed.slice(0, 4)}年1月），与身份证号码中的出生日期${cnDate(birth)}不一致：` +
              `录入的应是${typed}0，数字不显示末尾的0。请把该列设置为文本格式后填写“${typed}0”，或写成“${typed.slice(0, 4)}年10月”。`
            : `${where(place)}${who}的出生日期填写为${cnDate(b)}，与身份证号码中的出生日期${cnDate(birth)}不一致，请核对身份证原件后改正。`));
        }
      }
      const g = m.gender.value;
      const idGender = genderFromId(id);
      if (g && idGender && g !== idGender) {
        const place = placeOf(m.gender.ref, m, name);
        out.push(makeFinding('M03', '错误', place,
          `${where(place)}${who}的性别填写为${written(m.gender.raw?.v, g)}，但身份证号码第17位表明为“${idGender}”，请核对后改正。`));
      }
    }
    return out;
  },
};
