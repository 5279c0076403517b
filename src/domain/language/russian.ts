/**
 * Russian: the Snowball Russian stemmer (M. F. Porter's algorithm for Russian, the standard one
 * in search engines), from `@orama/stemmers`, which generates it from the Snowball sources.
 * единство, единства, единству → единств; языка, языков, языки → язык.
 */
import { stemmer } from '@orama/stemmers/russian'

/** The stem of a folded Russian word (lower case, ё already е). */
export function russianStem(word: string): string {
  return word.length > 2 ? stemmer(word) : word
}
