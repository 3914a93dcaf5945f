/** Page setup shared by the report and the brief: A4, GB/T 9704 margins, page numbers "— 1 —" on the outside edge. */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { FONT, fonts, PAGE, PAGE_NUMBER_SIZE } from './gbt9704.ts';

/** One 四号 character: the page number sits this far in from the outside edge of the 版心. */
const ONE_CHAR = PAGE_NUMBER_SIZE * 10;

function pageNumberFooter(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: fonts(FONT.pageNumber),
            size: PAGE_NUMBER_SIZE,
          }),
        ],
      }),
    ],
  });
}

/** Odd pages carry the number on the right, even pages on the left (needs evenAndOddHeaderAndFooters). */
export function pageSetup(): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: PAGE.margin,
      },
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
  };
}
