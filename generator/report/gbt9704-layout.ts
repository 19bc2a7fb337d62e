/**
 * GB/T 9704-2012 党政机关公文格式, as numbers the docx renderer uses. Lengths in twips (1/20 pt);
 * 1 mm = 56.7 twips. Font sizes in half-points (docx `size`).
 */

export const MM = 56.7;
export const mm = (x: number) => Math.round(x * MM);

/** §5.2.1 幅面尺寸: A4, 210 mm × 297 mm. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** §5.2.2 版心: 天头（上白边）37 mm, 订口（左白边）28 mm; 版心 156 mm × 225 mm leaves bottom 35 mm, right 26 mm. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** Width of the text block (版心宽). */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** §5.2.3: 22 lines a page → exact line pitch = 版心高 / 22, rounded down so 22 lines always fit. */
export const LINE = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / 22);

/** §7.5 页码: 数码上距版心下边缘约 7 mm → the footer sits about 23 mm above the page edge (14 pt ≈ 5 mm high). */
export const FOOTER_DISTANCE = mm(23);

/** Chinese type sizes (字号) in half-points. */
export const SIZE = { 二号: 44, 三号: 32, 四号: 28, 小四: 24, 五号: 21 } as const;

/** One character of 三号 (16 pt) in twips: indents are counted in characters. */
export const CHAR = 320;

/** §5.2.3 and §7: the typefaces. Set on every run as East Asian font (w:eastAsia) and for Latin text too. */
export const FONT = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
