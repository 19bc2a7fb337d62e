import { describe, expect, it } from 'vitest';
import { commonParent } from './common-parent.js';

describe('commonParent', () => {
  it('gives the 上级党组织 every branch names, as the first writes it, spaces and full-width aside', () => {
    expect(commonParent([{ parent: '中共××县农业农村局机关委员会' }, { parent: '中共××县农业农村局机关 委员会' }]))
      .toBe('中共××县农业农村局机关委员会');
    expect(commonParent([{ parent: '中共XX县委' }, { parent: '中共ＸＸ县委' }])).toBe('中共XX县委');
  });

  it('gives none where they differ, some name none, or there are no branches', () => {
    expect(commonParent([{ parent: '中共甲局机关委员会' }, { parent: '中共乙局机关委员会' }])).toBeNull();
    expect(commonParent([{ parent: '中共甲局机关委员会' }, { parent: null }])).toBeNull();
    expect(commonParent([{}, { parent: '中共甲局机关委员会' }])).toBeNull();
    expect(commonParent([])).toBeNull();
  });
});
