/**
 * The one intermediate form every input format is converted to (STYLE habit 7): numbered lines of text,
 * and tables kept as tables where the source had real ones (HTML, .docx, column-aligned PDF text).
 */
export interface DocLine {
  readonly text: string;
  /** 1-based line of the source text a reviewer reads (`NormalizedDocument.source`); for .docx, the paragraph number. */
  readonly line: number;
  /** Present when this line stands for a whole table of the source. */
  readonly table?: readonly (readonly string[])[];
  /** 1-based page, where the source has pages (PDF). */
  readonly page?: number;
  /**
   * Font size relative to the document's body text (1 = body size), where the source says it (PDF): a heading
   * hint, since headings are set larger than the text they head.
   */
  readonly relativeSize?: number;
}

export interface NormalizedDocument {
  readonly format: 'text' | 'html' | 'docx' | 'pdf';
  readonly lines: readonly DocLine[];
  /**
   * The source as a reviewer reads it, one line per `DocLine.line`; a form feed (instead of a line break) starts
   * a new page. Absent for text and HTML, whose decoded text is the source.
   */
  readonly source?: string;
}
