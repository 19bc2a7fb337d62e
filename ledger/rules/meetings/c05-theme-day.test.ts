import { describe, expect, it } from 'vitest';
import { c05ThemeDay } from './c05-theme-day.js';
import { completeBranch } from '../test-support/complete-branch.js';
import { at, run } from '../test-support/run.js';

describe('C05 a period without 主题党日', () => {
  it('fires for 2025-06 on the meetings sheet, period set, row and cell null', () => {
    const f = run(c05ThemeDay, completeBranch(['themeDay@2025-06']).build());
    expect(at(f)).toEqual(['三会一课!-@-#2025-06']);
    expect(f[0].message).toContain('主题党日');
  });
  it('is quiet when every period has one, and before the period has ended', () => {
    expect(run(c05ThemeDay, completeBranch().build())).toEqual([]);
    expect(run(c05ThemeDay, completeBranch(['themeDay@2025-06']).build(), '2025-06-29')).toEqual([]);
  });
});
