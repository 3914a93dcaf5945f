/**
 * The one intermediate form every input format is converted to (STYLE habit 7): numbered lines of text,
 * and tables kept as tables where the source had real ones (HTML, .docx).
 */
export interface DocLine {
  readonly text: string;
  /** 1-based line in the decoded source; for .docx, the paragraph number. */
  readonly line: number;
  /** Present when this line stands for a whole table of the source. */
  readonly table?: readonly (readonly string[])[];
}

export interface NormalizedDocument {
  readonly format: 'text' | 'html' | 'docx';
  readonly lines: readonly DocLine[];
}
