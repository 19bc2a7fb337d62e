import { describe, expect, it } from 'vitest';
import { birthFromId, checkCharacter, genderFromId, idProblem } from './id-number.js';
import { makeId } from '../test-support/ledger-builder.js';

describe('GB 11643-1999 ID numbers', () => {
  it('computes the check character of the standard example', () => {
    // GB 11643-1999 附录 example: 11010519491231002X
    expect(checkCharacter('11010519491231002')).toBe('X');
    expect(idProblem('11010519491231002X', '2025-12-31')).toBeNull();
    expect(idProblem('11010519491231002x', '2025-12-31')).toBeNull();
  });
  it('names each kind of problem', () => {
    expect(idProblem('110105491231002', '2025-12-31')).toEqual({ kind: 'old15' });
    expect(idProblem('1101051949123100', '2025-12-31')).toEqual({ kind: 'length', length: 16 });
    expect(idProblem('1101051949123100A2', '2025-12-31')).toEqual({ kind: 'characters' });
    expect(idProblem('99010519491231002X', '2025-12-31')).toMatchObject({ kind: 'region', code: '99' });
    expect(idProblem('110105194902300021', '2025-12-31')).toMatchObject({ kind: 'birth' });
    expect(idProblem(makeId('2026-03-01'), '2025-12-31')).toMatchObject({ kind: 'futureBirth' });
    expect(idProblem('110105194912310021', '2025-12-31')).toEqual({ kind: 'check', expected: 'X', actual: '1' });
  });
  it('extracts birth date and gender (odd = 男)', () => {
    expect(birthFromId('11010519491231002X')).toBe('1949-12-31');
    expect(genderFromId('11010519491231002X')).toBe('女');
    expect(genderFromId(makeId('1980-05-06', '男'))).toBe('男');
  });
});
