/**
 * The one way this app writes CSV. Every CSV file it offers (bookmarks today, other exports
 * later) goes through `toCsv`, so no cell can become a spreadsheet formula and every cell is
 * quoted the same way.
 *
 * - Formula injection (OWASP "CSV Injection"): a cell whose text begins with `=`, `+`, `-`,
 *   `@`, a tab or a carriage return (or their full-width forms, which some spreadsheets read
 *   the same way) is prefixed with a single quote, so the spreadsheet shows it as text. A
 *   note "=HYPERLINK(…)" reads "'=HYPERLINK(…)" in the file and "=HYPERLINK(…)" on screen,
 *   and an ordinary "- see ch.2" stays a line of text instead of a broken formula.
 * - Quoting (RFC 4180): every cell is wrapped in double quotes and its quotes doubled, so a
 *   comma, quote or line break inside a cell can never start another cell or row.
 * - The file: a UTF-8 byte-order mark (spreadsheets then read Kazakh and Russian letters
 *   correctly), CRLF line ends, a final CRLF.
 */

export type CsvValue = string | number | boolean | null | undefined

/** Characters that make a spreadsheet read the cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** A cell's text, neutralised: prefixed with `'` when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One cell, neutralised and quoted. Null and undefined are empty cells. */
export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value)
  return `"${neutraliseFormula(text).replace(/"/g, '""')}"`
}

/** A whole CSV file: header row first, then the data rows; BOM, CRLF, final CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
