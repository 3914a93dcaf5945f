/** The outline as the builder grows it (mutable while walking), and what it hands back. */
import type { Line } from './front-matter.ts';
import type { MarkerKind } from './headings.ts';

export interface Para {
  text: string;
  readonly line: number;
  readonly chapter: number | null;
  readonly section: number | null;
}
export interface MItem {
  no: number;
  title: string;
  line: number;
  paras: Para[];
}
export interface MSection {
  no: number;
  title: string;
  tocPage: number | null;
  line: number;
  paras: Para[];
  items: MItem[];
  itemKind?: MarkerKind;
}
export interface MChapter {
  no: number;
  title: string;
  part: number | null;
  tocPage: number | null;
  line: number;
  paras: Para[];
  sections: MSection[];
}
export interface MProject {
  no: number;
  name: string;
  description: string;
  line: number;
}
export interface MBox {
  no: number;
  title: string;
  chapter: number | null;
  section: number | null;
  line: number;
  projects: MProject[];
}
export interface TableBlock {
  readonly line: number;
  readonly boxNo: number | null;
  /** Real rows (HTML, .docx) or the lines of a text table (one row per line, or one cell per line). */
  readonly rows?: readonly (readonly string[])[];
  readonly lines?: readonly Line[];
}

export interface Outline {
  readonly parts: { no: number; title: string; line: number }[];
  readonly chapters: MChapter[];
  readonly boxes: MBox[];
  readonly tables: TableBlock[];
  readonly paragraphs: Para[];
  readonly pageNumbersDropped: { count: number; first: number };
}
