/**
 * Page furniture: a line that belongs to the web page or the publication, not to the article
 * (residue such as share buttons and currency tickers, a byline, a photo caption, a
 * publication's name standing alone as a credit). Its vocabulary is the language's (language/*.ts).
 */
import type { Patterns } from './patterns'
import type { LeftOutReason } from './statements'

/** A line that is the page's, not the article's: residue, a byline, a photo caption. */
export function pageFurniture(line: string, patterns: Patterns): LeftOutReason | null {
  if (patterns.residue.test(line)) return 'residue'
  const short = line.split(/\s+/).length <= 6
  if (short && patterns.residueAnywhere.test(line)) return 'residue'
  // A line that is only a quoted name (a publication's, as a credit): `«Egemen Qazaqstan»`.
  if (short && /^["«“„][^"«»“”„.!?]{1,60}["»”“]$/u.test(line.trim())) return 'byline'
  if (patterns.byline.test(line)) return 'byline'
  if (patterns.caption.test(line)) return 'caption'
  return null
}
