/**
 * The hostile workbooks of the end-to-end tests, each a patched copy of the good example (so a
 * file that is merely unusual must check exactly like it).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encryptedOoxml, zipBombByDeclaredSize, zipBombByRatio } from '../../generator/read/test-support/hostile-files.js';
import { folderWithGood, goodBytes, patchParts } from './hostile-support.js';

export const NEST = 100_000;
/** The roster is sheet2; B2 is the first member's name (shared string 27, 黄春燕), E2 the ID. */
export const ROSTER = 'xl/worksheets/sheet2.xml';
export const NAME_B2 = '<c r="B2" t="s"><v>27</v></c>';

/** Legal in Excel (none of : \\ / ? * [ ], no leading or trailing apostrophe, ≤ 31 characters) but odd. */
export const ODD_SHEET = `=党员名册'<>&" +@😀`;
/** Not a name Excel allows (ECMA-376 Part 1 §18.2.19 sheet@name; Excel forbids / ? * [ ] :). */
export const FORBIDDEN_SHEET = '../党员名册?*[1]:';
const xmlAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');


/** Every hostile workbook by file name. */
export function hostileWorkbooks(): Record<string, Uint8Array> {
  const good = goodBytes();
  const out: Record<string, Uint8Array> = {};
  const put = (name: string, bytes: Uint8Array) => { out[name] = bytes; };
  put('炸弹-声明大小.xlsx', zipBombByDeclaredSize(good));
  put('炸弹-压缩比.xlsx', zipBombByRatio(good));
  put('加密.xlsx', encryptedOoxml());
  put('其实是xlsx.xls', good);
  put('全表范围.xlsx', patchParts(good, Object.fromEntries([1, 2, 3, 4].map((i) => [
    `xl/worksheets/sheet${i}.xml`, (x: string) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'),
  ]))));
  put('深层嵌套-单元格.xlsx', patchParts(good, {
    [ROSTER]: (x) => x.replace(NAME_B2, `<c r="B2" t="inlineStr"><is>${'<r>'.repeat(NEST)}<t>黄春燕</t>${'</r>'.repeat(NEST)}</is></c>`),
  }));
  put('深层嵌套-共享字符串.xlsx', patchParts(good, {
    'xl/sharedStrings.xml': (x) => x.replace('<si><t>黄春燕</t></si>', `<si>${'<r>'.repeat(NEST)}<t>黄春燕</t>${'</r>'.repeat(NEST)}</si>`),
  }));
  put('深层嵌套-未知元素.xlsx', patchParts(good, {
    'xl/sharedStrings.xml': (x) => x.replace('<si><t>黄春燕</t></si>', `<si><t>黄春燕</t>${'<x:u>'.repeat(NEST)}${'</x:u>'.repeat(NEST)}</si>`),
  }));
  put('工作表名.xlsx', patchParts(good, {
    'xl/workbook.xml': (x) => x.replace('name="党员名册"', `name="${xmlAttr(ODD_SHEET)}"`),
  }));
  put('工作表名-非法字符.xlsx', patchParts(good, {
    'xl/workbook.xml': (x) => x.replace('name="党员名册"', `name="${xmlAttr(FORBIDDEN_SHEET)}"`),
  }));
  put('公式与富文本.xlsx', patchParts(good, {
    [ROSTER]: (x) => x
      // ID as a formula whose cached result is an error; birth date #N/A
      .replace(/<c r="E2" s="3" t="s"><v>\d+<\/v><\/c>/, '<c r="E2" s="3" t="e"><f>#REF!</f><v>#REF!</v></c>')
      .replace(/<c r="F3" s="1"><v>\d+<\/v><\/c>/, '<c r="F3" s="1" t="e"><f>NA()</f><v>#N/A</v></c>')
      // 序号 as shared formulas (the value is the cached result)
      .replace('<c r="A3"><v>2</v></c>', '<c r="A3"><f t="shared" ref="A3:A5" si="0">A2+1</f><v>2</v></c>')
      .replace('<c r="A4"><v>3</v></c>', '<c r="A4"><f t="shared" si="0"/><v>3</v></c>')
      .replace('<c r="A5"><v>4</v></c>', '<c r="A5"><f t="shared" si="0"/><v>4</v></c>')
      // the first member's name as rich text of two runs, the same characters
      .replace(NAME_B2, '<c r="B2" t="inlineStr"><is><r><t>黄春</t></r><r><rPr><b/></rPr><t>燕</t></r></is></c>')
      // a hyperlink on the phone column (internal link: no relationship needed)
      .replace('</sheetData>', '</sheetData><hyperlinks><hyperlink ref="M2" location="\'支部基本信息\'!A1" display="电话"/></hyperlinks>'),
  }));
  return out;
}

/** A temp folder: the good workbook plus the named hostile ones (all when none named). */
export function writeHostileFolder(prefix: string, names?: string[]): string {
  const dir = folderWithGood(prefix);
  for (const [name, bytes] of Object.entries(hostileWorkbooks())) {
    if (!names || names.includes(name)) writeFileSync(join(dir, name), bytes);
  }
  return dir;
}
