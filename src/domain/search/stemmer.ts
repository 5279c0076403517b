/**
 * The search's English stemmer: light on purpose (plurals, -ed, -ing, a silent final e, and
 * -isation = -ization), so that "nation" does not find "national". It lives with the other
 * languages' stemmers in src/domain/language (english.ts says why it is light).
 */
import { searchStem } from '../language'

/** The light stem of one folded English word (see `englishLightStem`). Memoised. */
export const stem = (word: string): string => searchStem(word, 'en')
