/**
 * Text for a spreadsheet cell (CSV or XLSX) that a spreadsheet program will not run as a formula (CSV/formula
 * injection, OWASP): a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`.
 * A plain signed number (`-3.5`, `+2%`) is left as it is: it is a value, not a formula, and `'-3.5` would be
 * a worse figure for every reader.
 *
 * @example spreadsheetText('=HYPERLINK("http://x","y")') // "'=HYPERLINK(\"http://x\",\"y\")"
 * @example spreadsheetText('-2.5') // "-2.5"
 */
export function spreadsheetText(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (/^[+-]\d+(?:\.\d+)?%?$/.test(text)) return text;
  return `'${text}`;
}

/** A cell value: strings through {@link spreadsheetText}, numbers, null and the rest unchanged. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}
