import { describe, expect, it } from 'vitest';
import { columnDateOrder } from './date-order.js';

describe('columnDateOrder', () => {
  it('is day first where some dates show it and none shows month first, whatever else the column holds', () => {
    expect(columnDateOrder(['15/01/2025', '06/01/2025', '2025/02/06', null, 45000, '补记'])).toBe('dayFirst');
    expect(columnDateOrder(['31.12.1980', '01.03.2025'])).toBe('dayFirst');
  });
  it('is unknown with both orders shown, or no date that shows one', () => {
    expect(columnDateOrder(['15/01/2025', '06/01/2025', '01/20/2025'])).toBe('unknown');
    expect(columnDateOrder(['06/01/2025', '03/04/2025', '2025-01-15'])).toBe('unknown');
    expect(columnDateOrder([])).toBe('unknown');
  });
  it('takes no impossible date as evidence (31/02/2025 is no day either way)', () =>
    expect(columnDateOrder(['31/02/2025', '06/01/2025'])).toBe('unknown'));
});
