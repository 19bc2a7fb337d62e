import { describe, expect, it } from 'vitest';
import { safeFileStem, StemAllocator } from './safe-name.js';

describe('safeFileStem', () => {
  it('keeps an ordinary Chinese branch name as it is', () => {
    expect(safeFileStem('第一党支部')).toBe('第一党支部');
  });

  it('cannot climb out of the output folder', () => {
    const s = safeFileStem('../../etc');
    expect(s).not.toContain('/');
    expect(s).not.toMatch(/^\./);
    expect(s).toBe('_.._etc');
  });

  it('replaces every character Windows forbids', () => {
    expect(safeFileStem('a:b*?"<>|\\c/d')).toBe('a_b_______c_d');
    expect(safeFileStem('tab\there')).toBe('tab here');
  });

  it('prefixes reserved device names, whatever their case or extension', () => {
    expect(safeFileStem('CON')).toBe('_CON');
    expect(safeFileStem('nul')).toBe('_nul');
    expect(safeFileStem('com1.txt')).toBe('_com1.txt');
    expect(safeFileStem('CONSOLE')).toBe('CONSOLE');
  });

  it('drops trailing dots and spaces and names an empty result', () => {
    expect(safeFileStem('支部. . ')).toBe('支部');
    expect(safeFileStem('...')).toBe('未命名支部');
    expect(safeFileStem('   ')).toBe('未命名支部');
  });

  it('stays within a byte budget without splitting a character', () => {
    const s = safeFileStem('党'.repeat(200));
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(160);
    expect(s).toBe('党'.repeat(53));
  });
});

describe('StemAllocator', () => {
  it('cuts a long name before a bracket it would leave open', () => {
    expect(safeFileStem(`${'县'.repeat(45)}党支部（第二次补报）`)).toBe(`${'县'.repeat(45)}党支部`);
    expect(safeFileStem(`${'县'.repeat(44)}党支部(2025 第二次补报)`)).toBe(`${'县'.repeat(44)}党支部`);
    // a bracket closed within the budget stays
    expect(safeFileStem(`${'县'.repeat(40)}（补报）党支部${'县'.repeat(20)}`)).toMatch(/^县{40}（补报）党支部县+$/);
  });

  it('gives two branches with the same name different stems, in order', () => {
    const a = new StemAllocator();
    expect(a.allocate('机关第一支部')).toBe('机关第一支部');
    expect(a.allocate('机关第一支部')).toBe('机关第一支部（2）');
    expect(a.allocate('机关第一支部')).toBe('机关第一支部（3）');
  });

  it('treats names differing only in case as the same file', () => {
    const a = new StemAllocator();
    expect(a.allocate('Branch')).toBe('Branch');
    expect(a.allocate('BRANCH')).toBe('BRANCH（2）');
  });

  it('never hands out a reserved stem', () => {
    const a = new StemAllocator(['汇总调研报告', '问题清单']);
    expect(a.allocate('汇总调研报告')).toBe('汇总调研报告（2）');
  });

  it('keeps names that become equal once made safe apart', () => {
    const a = new StemAllocator();
    expect(a.allocate('a:b')).toBe('a_b');
    expect(a.allocate('a*b')).toBe('a_b（2）');
  });
});
