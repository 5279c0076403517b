/**
 * Words → comparable stems, shared by the tagger (topic rules) and the linker (similarity), in
 * the statement's language. The work is done by src/domain/language (folding, words, function
 * words, stemmers per language); this module is the builder's view of it.
 *
 * A rule word must match its inflections and its spellings, so both sides go through the same
 * steps: folded (case, ё = е, quotation marks) → spelling variants (English: modernisation →
 * modernization, honour → honor) → the language's stemmer (modernization → modern; единства →
 * единств; бірлігімізді → бірлік).
 */
import { foldText, stem, words, type Language } from '../../language'

/** A word of the text, with where it is and what it compares as. */
export interface Token {
  /** Offset of the word in the string it was read from. */
  start: number
  end: number
  /** The word folded (lower case, ё = е, plain apostrophes). */
  folded: string
  stem: string
  /** Function words (the, of, и, және…): ignored by rules and similarity. */
  stop: boolean
  /** not, never, не, емес…: counter-evidence when two statements are compared. */
  negation: boolean
}

/** The comparable form of one word: folded, spelling-normalised, stemmed. Memoised. */
export function stemWord(word: string, language: Language = 'en'): string {
  return stem(foldText(word), language)
}

/** Splits text into words with their offsets and stems. */
export function tokenize(text: string, language: Language = 'en'): Token[] {
  return words(text, language)
}

/** Content stems of a text, in order (stopwords dropped). */
export function contentStems(text: string, language: Language = 'en'): string[] {
  return tokenize(text, language)
    .filter((t) => !t.stop)
    .map((t) => t.stem)
}
