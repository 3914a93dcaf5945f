/**
 * What the PDF adapter reads off a page, before any interpretation: runs of text with their position and size
 * (PDF user space: points, y growing upwards), and the visual lines rebuilt from them.
 */
export interface TextRun {
  readonly str: string;
  /** Left edge and baseline of the run. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the glyphs' height); 0 for a run that is only a space. */
  readonly size: number;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  /** Whether the page paints an image: a page with an image and no text is a scanned page. */
  readonly hasImage: boolean;
}

/** One printed line: runs on one baseline, left to right. */
export interface VisualLine {
  readonly text: string;
  readonly x: number;
  /** Right edge of the last run. */
  readonly right: number;
  readonly y: number;
  /** The largest font size on the line. */
  readonly size: number;
  readonly page: number;
}
