import { describe, expect, it } from 'vitest';
import { m09Phone, validPhone } from './m09-phone.js';
import { LedgerBuilder } from '../test-support/ledger-builder.js';
import { at, run } from '../test-support/run.js';

describe('M09 phone numbers', () => {
  it('reports a 10-digit mobile and a landline without area code', () => {
    const l = new LedgerBuilder().member({ name: '甲', phone: '1381234567' }).member({ name: '乙', phone: '87654321' })
      .member({ name: '丙', phone: '12345678901' }).build();
    expect(at(run(m09Phone, l))).toEqual(['党员名册!K3@3', '党员名册!K4@4', '党员名册!K5@5']);
  });
  it('shows the number it complains of masked, its length still visible', () => {
    const l = new LedgerBuilder().member({ name: '甲', phone: '1381234567' }).member({ name: '乙', phone: '0371-612 34' }).build();
    const messages = run(m09Phone, l).map((f) => f.message);
    expect(messages[0]).toContain('“138*****67”');
    expect(messages[1]).toContain('“037*-*** 34”');
    expect(messages.join('')).not.toMatch(/1234|6123/);
  });
  it('accepts mobiles, landlines with area codes, and several numbers', () => {
    for (const p of ['13812345678', '138 1234 5678', '+86 13812345678', '010-12345678', '0371-6123456', '(0371)61234567', '13812345678/0371-61234567']) {
      expect(validPhone(p), p).toBe(true);
    }
    const l = new LedgerBuilder().member({ name: '甲', phone: '19912345678' }).member({ name: '乙', phone: null }).build();
    expect(run(m09Phone, l)).toEqual([]);
  });
});
