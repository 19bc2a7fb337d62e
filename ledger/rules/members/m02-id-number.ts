/**
 * M02 身份证号码有误: GB 11643-1999 — 18 characters, region code, birth date, check
 * character; an ID stored as a number has lost its last digits to floating point. A 港澳居民来往内地通行证
 * number in its place is a member's own document, not a wrong ID.
 */
import type { Finding } from '../../findings/finding.js';
import type { Rule, RuleContext } from '../../findings/rule.js';
import { maskId } from '../../values/mask.js';
import { makeFinding, placeOf, where, type FindingPlace } from '../support/make-finding.js';
import { idProblem, isHkMacauPermit, isMaskedId, normaliseId, type IdProblem } from './id-number.js';
import { cnDate } from '../support/dates.js';

function explain(p: IdProblem): string {
  switch (p.kind) {
    case 'old15': return '是旧的15位号码，请按现行身份证更新为18位公民身份号码。';
    case 'length': return `长度为${p.length}位，应为18位，请核对身份证原件后改正。`;
    case 'characters': return '含有非法字符（前17位应为数字，末位为数字或X），请核对身份证原件后改正。';
    case 'region': return `前两位地区码“${p.code}”不是有效的省级行政区划代码，请核对身份证原件后改正。`;
    case 'birth': return '第7至14位不是有效的出生日期，请核对身份证原件后改正。';
    case 'futureBirth': return `所含出生日期${cnDate(p.birth)}晚于统计截止日期，请核对身份证原件后改正。`;
    case 'check': return `校验位应为 ${p.expected}，实际为 ${p.actual}，请核对身份证原件后改正。`;
  }
}

export const m02IdNumber: Rule = {
  id: 'M02',
  area: 'members',
  severity: '错误',
  name: '身份证号码有误',
  description: '公民身份号码应符合 GB 11643-1999：18位，地区码、出生日期、校验位正确；以数字格式存储的号码已丢失末几位。',
  check(ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const masked: { place: FindingPlace; who: string }[] = [];
    for (const m of ctx.ledger.members?.members ?? []) {
      const id = m.idNumber.value;
      if (!id || !id.text.trim()) continue;
      const name = m.name.value || null;
      const place = placeOf(m.idNumber.ref, m, name);
      const who = name ?? `第${m.row}行的党员`;
      const text = normaliseId(id.text);
      if (id.storedAsNumber && text.length >= 16) {
        out.push(makeFinding('M02', '错误', place,
          `${where(place)}${who}的身份证号码以数字格式存储，18位号码的末几位已被 Excel 改变（现为 ${maskId(text)}）。` +
          `请把该列设置为文本格式后重新录入。`));
        continue;
      }
      if (isHkMacauPermit(text)) continue;
      if (isMaskedId(text)) {
        masked.push({ place, who });
        continue;
      }
      const problem = idProblem(text, ctx.asOf);
      if (!problem) continue;
      out.push(makeFinding('M02', '错误', place,
        `${where(place)}${who}的身份证号码（${maskId(text)}）${explain(problem)}`));
    }
    // hidden digits: one note for the roster, at the first such cell, not an error on each
    if (masked.length > 0) {
      const [first] = masked;
      out.push(makeFinding('M02', '提示', first.place,
        `${where(first.place)}党员名册中有${masked.length}名党员（如${first.who}）的身份证号码部分用“*”隐去，无法核对号码是否正确，` +
        `也无法据此核对出生日期和性别。报送上级的名册按要求隐去部分号码的可以不改；支部留存的党员名册应填写完整的身份证号码。`));
    }
    return out;
  },
};
