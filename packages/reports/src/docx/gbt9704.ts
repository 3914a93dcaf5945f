/**
 * The GB/T 9704-2012 layout (党政机关公文格式) as numbers and styles for the `docx` package: A4, the 版心 margins,
 * the fonts and sizes of the title, the body and the three heading levels, 28-pt lines, page numbers "— 1 —".
 *
 * Fonts: the East Asian names are the ones the standard names (仿宋_GB2312, 楷体_GB2312, 黑体, 方正小标宋简体), written
 * into w:rFonts/@w:eastAsia so Word on a government PC uses them. Where a machine lacks one, Word substitutes by the
 * font table's alternative name and LibreOffice by its replacement table; `fontTable.ts` adds the alternative
 * names (仿宋, 楷体, 宋体) that every Chinese Windows has. Latin letters and digits use Times New Roman, as is usual.
 */
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';

/** Millimetres → twentieths of a point (twips). */
export const mm = (x: number): number => Math.round((x * 1440) / 25.4);
/** Points → half-points (w:sz). */
const pt = (x: number): number => x * 2;

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
} as const;

/** Chinese type sizes (字号) in points. */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5 } as const;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Fonts a machine without the GB fonts falls back to, by name (see fontTable.ts). */
export const FONT_FALLBACKS: Readonly<Record<string, string>> = {
  [FONT.title]: '宋体',
  [FONT.body]: '仿宋',
  [FONT.heading2]: '楷体',
  [FONT.heading1]: 'SimHei',
};

export const fonts = (eastAsia: string) => ({
  ascii: FONT.latin,
  hAnsi: FONT.latin,
  eastAsia,
  hint: 'eastAsia',
});

/** The body line: exactly 28 pt, as the standard's 22 lines of 28 characters per page require. */
export const LINE = 560;
/** Two characters of 三号 text: the first-line indent of every body paragraph and heading. */
export const INDENT_2_CHARS = pt(SIZE.san) * 20;

export const STYLE_IDS = {
  title: 'GbTitle',
  table: 'GbTable',
  tableHeader: 'GbTableHeader',
  tableGroup: 'GbTableGroup',
  note: 'GbNote',
} as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: fonts(FONT.body), size: pt(SIZE.san) },
      paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    heading1: {
      run: { font: fonts(FONT.heading1), size: pt(SIZE.san), bold: false, color: '000000' },
      paragraph: {
        indent: { firstLine: INDENT_2_CHARS },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      },
    },
    heading2: {
      run: { font: fonts(FONT.heading2), size: pt(SIZE.san), bold: false, color: '000000' },
      paragraph: {
        indent: { firstLine: INDENT_2_CHARS },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      },
    },
    heading3: {
      run: { font: fonts(FONT.body), size: pt(SIZE.san), bold: true, color: '000000' },
      paragraph: {
        indent: { firstLine: INDENT_2_CHARS },
        spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      },
    },
  },
  paragraphStyles: [
    {
      id: STYLE_IDS.title,
      name: '公文标题',
      basedOn: 'Normal',
      run: { font: fonts(FONT.title), size: pt(SIZE.er) },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, after: LINE },
      },
    },
    {
      id: STYLE_IDS.table,
      name: '表格文字',
      basedOn: 'Normal',
      run: { font: fonts(FONT.body), size: pt(SIZE.wu) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 280, lineRule: LineRuleType.AT_LEAST } },
    },
    {
      id: STYLE_IDS.tableHeader,
      name: '表头',
      basedOn: STYLE_IDS.table,
      run: { font: fonts(FONT.heading1), size: pt(SIZE.wu) },
    },
    {
      id: STYLE_IDS.tableGroup,
      name: '表内分类',
      basedOn: STYLE_IDS.table,
      run: { font: fonts(FONT.heading2), size: pt(SIZE.wu), bold: true },
      paragraph: { alignment: AlignmentType.LEFT },
    },
    {
      id: STYLE_IDS.note,
      name: '表题',
      basedOn: 'Normal',
      run: { font: fonts(FONT.heading1), size: pt(SIZE.si) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 280, after: 120 } },
    },
  ],
};

export const PAGE_NUMBER_SIZE = pt(SIZE.si);
