/**
 * Stage 1 — clean: raw bytes → the text the app displays (and every offset points into).
 *
 * Removes word-processor and scraping residue only; never changes a word:
 * - `[bookmark: _Hlk…]` / `[bookmark: _GoBack]` anchors left by a .docx → text conversion,
 * - a leading ` date 2023-04-27 ` marker left by a scraper,
 * - the title line repeated under itself,
 * - leading/trailing spaces of lines, runs of blank lines, a byte-order mark, CRLF line ends.
 */

export interface CleanedText {
  text: string
  /** Offset in `text` where each of its lines starts. */
  lineStarts: number[]
  /** For each line of `text`, its 1-based line number in the raw file (for error messages). */
  rawLineNumbers: number[]
}

/** Why a file cannot be read as text, or null when it can. */
export function notTextReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'the file is empty'
  if (bytes.includes(0)) return 'the file contains NUL bytes: it is binary, not plain text'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return 'the file is not valid UTF-8 text'
  }
  return null
}

/** Decodes UTF-8 bytes (call `notTextReason` first). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

const BOOKMARK = /\[bookmark:\s*[^\]\n]*\]/g
const LEADING_DATE_MARKER = /^date\s+\d{4}-\d{2}-\d{2}\s+/

export function cleanText(raw: string): CleanedText {
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const kept: { text: string; rawLine: number }[] = []
  let sawContent = false
  for (let i = 0; i < rawLines.length; i++) {
    let line = (rawLines[i] ?? '').replace(BOOKMARK, '').trim()
    if (!sawContent) line = line.replace(LEADING_DATE_MARKER, '')
    if (line === '') {
      // Keep at most one blank line between blocks, none at the start.
      if (sawContent && kept.at(-1)?.text !== '') kept.push({ text: '', rawLine: i + 1 })
      continue
    }
    sawContent = true
    kept.push({ text: line, rawLine: i + 1 })
  }
  while (kept.at(-1)?.text === '') kept.pop()

  // The title repeated under itself (possibly with a blank line between): drop the repeat.
  const title = kept[0]?.text
  const nextContent = kept.findIndex((l, i) => i > 0 && l.text !== '')
  if (title !== undefined && nextContent > 0 && kept[nextContent]?.text === title) {
    kept.splice(1, nextContent)
    // Restore the blank line that separated the title from what follows the repeat.
    if (kept[1] && kept[1].text !== '' && nextContent > 1)
      kept.splice(1, 0, { text: '', rawLine: kept[1].rawLine - 1 })
  }

  const lineStarts: number[] = []
  let offset = 0
  for (const l of kept) {
    lineStarts.push(offset)
    offset += l.text.length + 1
  }
  return {
    text: kept.map((l) => l.text).join('\n'),
    lineStarts,
    rawLineNumbers: kept.map((l) => l.rawLine),
  }
}

/** The raw file's 1-based line number of an offset in the cleaned text. */
export function rawLineAt(cleaned: CleanedText, offset: number): number {
  let lo = 0
  let hi = cleaned.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((cleaned.lineStarts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return cleaned.rawLineNumbers[lo] ?? 1
}
