import { describe, expect, it } from 'vitest';
import { StemAllocator } from '../output/safe-name.js';
import { ReportNames, sourceSuffix } from './report-name.js';

describe('sourceSuffix', () => {
  it('keeps what tells the file apart once numbering and branch name are gone', () => {
    expect(sourceSuffix('/in/12_县交通运输局党支部_补报.xlsx', '县交通运输局党支部')).toBe('补报');
    expect(sourceSuffix('/in/县交通运输局党支部（更正）.xlsx', '县交通运输局党支部')).toBe('更正');
    expect(sourceSuffix('/in/乡镇/交通局2025.xlsx', '县交通运输局党支部')).toBe('交通局2025');
  });

  it('else drops what the file shares with the branch\'s first file, up to a separator', () => {
    expect(sourceSuffix('/in/04_丙局党支部_补报.xlsx', '县丙局党支部', '/in/03_丙局党支部_初报.xlsx')).toBe('补报');
    expect(sourceSuffix('/in/支部6.xlsx', '同名支部', '/in/支部5.xlsx')).toBe('支部6');
  });

  it('keeps the numbering where that is all that tells the file from the branch\'s first one', () => {
    expect(sourceSuffix('/in/0024-县住房和城乡建设局机关党支部.xlsx', '县住房和城乡建设局机关党支部', '/in/0008-县住房和城乡建设局机关党支部.xlsx'))
      .toBe('0024');
    expect(sourceSuffix('/in/(12)县民政局党支部.xlsx', '县民政局党支部', '/in/(3)县民政局党支部.xlsx')).toBe('12');
  });

  it('falls back to the whole file name when nothing is left', () => {
    expect(sourceSuffix('/in/01.xlsx', '')).toBe('01');
    expect(sourceSuffix('/in/乡镇/城关镇报送.xlsx', '城关镇第7党支部', '/in/城关镇第7党支部.xlsx')).toBe('城关镇报送');
  });

  it('never gives the branch name again: the numbering, else the folder, else nothing', () => {
    // the whole file name "12_县交通运输局党支部" repeated the branch name in the brackets
    expect(sourceSuffix('/in/其他/12_县交通运输局党支部.xlsx', '县交通运输局党支部')).toBe('12');
    expect(sourceSuffix('/in/补报/城关镇第7党支部.xlsx', '城关镇第7党支部', '/in/城关镇第7党支部_初报.xlsx')).toBe('补报');
    expect(sourceSuffix('/in/城关镇第7党支部.xlsx', '城关镇第7党支部', '/in/城关镇第7党支部_初报.xlsx')).toBe('');
    expect(sourceSuffix('/in/城关镇第7党支部/城关镇第7党支部.xlsx', '城关镇第7党支部', '/in/城关镇第7党支部_初报.xlsx')).toBe('');
    // the same branch written another way (中共…支部委员会) is its name as well
    expect(sourceSuffix('/in/城关镇第七党支部.xlsx', '中共城关镇第七支部委员会', '/in/城关镇第七党支部-初报.xlsx')).toBe('');
  });
});

describe('ReportNames', () => {
  it('names the first report of a branch by the branch, a later one by the branch and its source', () => {
    const names = new ReportNames(new StemAllocator(['汇总调研报告']));
    expect(names.allocate('县交通运输局党支部', '/in/11_县交通运输局党支部_初报.xlsx')).toBe('县交通运输局党支部');
    expect(names.allocate('县交通运输局党支部', '/in/12_县交通运输局党支部_补报.xlsx')).toBe('县交通运输局党支部（补报）');
    expect(names.allocate('县交通运输局党支部', '/in/13_县交通运输局党支部_补报.xlsx')).toBe('县交通运输局党支部（补报）（2）');
    expect(names.allocate('汇总调研报告', '/in/x.xlsx')).toBe('汇总调研报告（2）');
  });

  it('names a later file called just as the branch by its number, never 城关镇第7党支部（城关镇第7党支部）', () => {
    const allocate = () => {
      const names = new ReportNames(new StemAllocator(['汇总调研报告']));
      return [
        names.allocate('城关镇第7党支部', '/in/城关镇第7党支部_初报.xlsx'),
        names.allocate('城关镇第7党支部', '/in/城关镇第7党支部.xlsx'),
        names.allocate('城关镇第7党支部', '/in/城关镇第7党支部（修改）.xlsx'),
      ];
    };
    expect(allocate()).toEqual(['城关镇第7党支部', '城关镇第7党支部（2）', '城关镇第7党支部（修改）']);
    // the same input, the same names
    expect(allocate()).toEqual(allocate());
  });
});
