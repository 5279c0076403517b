/**
 * The synthetic corpus's language: a word-level Markov chain learned from the real source
 * documents (so statements read like the real ones and share their vocabulary and word
 * frequencies), plus a long Zipf-distributed tail of generated words (names, places, terms a
 * thousandfold corpus would bring), so the index grows the way a real one would.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mulberry32, zipfSampler, type Rng } from './prng'

const END = '\u0000end'
/** Words a statement should not end on. */
const DANGLING = new Set(
  'a an the of to and in on for with by is are its that which our as at from will be this his'.split(
    ' ',
  ),
)

export interface Vocabulary {
  /** A statement of `minWords`..`maxWords` words, one sentence ending with a full stop. */
  statement(rng: Rng, minWords: number, maxWords: number): string
  /** A short heading-like phrase of real words, e.g. for session themes. */
  phrase(rng: Rng, words: number): string
  /** A generated word from the tail (lower case). */
  tailWord(rng: Rng): string
  /** Distinct real words seen in the seed documents (for reporting). */
  readonly realWordCount: number
}

/** Residue the corpus builder cleans, and marks that would read as quotations or bullets. */
function cleanSeedText(raw: string): string {
  return raw
    .replace(/\[bookmark: [^\]]*\]/g, ' ')
    .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '')
    .replace(/[“”"«»()[\]·•]/g, ' ')
    .replace(/(^|\s)[‘'’]|[‘'’](?=\s|$|[.,;:!?])/g, '$1')
}

/** The *.txt documents of a folder, in name order. */
export function readSeedTexts(sourcesDir: string): string[] {
  return readdirSync(sourcesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(sourcesDir, file), 'utf8'))
}

function seedSentences(texts: readonly string[]): string[][] {
  const sentences: string[][] = []
  for (const raw of texts) {
    const text = cleanSeedText(raw)
    for (const line of text.split(/\n+/)) {
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        const words = sentence
          .trim()
          .replace(/[.!?:]+$/, '')
          .split(/\s+/)
          .filter((word) => /[\p{L}\p{N}]/u.test(word))
        if (words.length >= 4) sentences.push(words)
      }
    }
  }
  return sentences
}

const SYLLABLES = [
  'ka',
  'zakh',
  'ay',
  'bek',
  'tur',
  'san',
  'nur',
  'ly',
  'gul',
  'dar',
  'ar',
  'mas',
  'tan',
  'ora',
  'el',
  'zhan',
  'ul',
  'tas',
  'bay',
  'kul',
  'aly',
  'mir',
  'sha',
  'tol',
  'qan',
  'den',
  'ri',
  'sol',
  'va',
  'ment',
  'ist',
  'ion',
  'pro',
  'gra',
  'lin',
  'tek',
  'mon',
  'ber',
  'ash',
  'ot',
] as const

function generateTailWords(count: number, seed: number): string[] {
  const rng = mulberry32(seed)
  const words = new Set<string>()
  while (words.size < count) {
    const syllables = rng.int(2, 4)
    let word = ''
    for (let i = 0; i < syllables; i++) word += rng.pick(SYLLABLES)
    words.add(word)
  }
  return [...words]
}

export interface VocabularyOptions {
  /** The texts whose sentences the chain learns (the real source documents, or a language's seed). */
  seedTexts: readonly string[]
  seed: number
  /** Distinct generated words in the tail. */
  tailSize?: number
  /** Chance that a word of a statement is replaced by a tail word. */
  tailRate?: number
  /** The word that joins two sentences of the chain into one statement ("and", "и"). */
  conjunction?: string
}

export function buildVocabulary(options: VocabularyOptions): Vocabulary {
  const { seedTexts, seed, tailSize = 50_000, tailRate = 0.06, conjunction = 'and' } = options
  const sentences = seedSentences(seedTexts)
  if (sentences.length === 0) throw new Error('No sentences found in the seed texts')

  const starts: string[] = []
  const chain = new Map<string, string[]>()
  // +1 for each capitalised use inside a sentence, -1 for each lower-case one: names stay
  // capitalised when a sentence start is reused mid-statement, ordinary words do not.
  const capitalisation = new Map<string, number>()
  for (const words of sentences) {
    // "On …" opens a heading in the source documents; a statement must not look like one.
    if (words[0] !== 'On') starts.push(words[0]!)
    words.forEach((word, i) => {
      if (i > 0) {
        const lower = word.toLowerCase()
        const vote = word === lower ? -1 : 1
        capitalisation.set(lower, (capitalisation.get(lower) ?? 0) + vote)
      }
      const next = i + 1 < words.length ? words[i + 1]! : END
      const list = chain.get(word)
      if (list) list.push(next)
      else chain.set(word, [next])
    })
  }
  const realWords = new Set([...chain.keys()].map((w) => w.toLowerCase().replace(/[,;]$/, '')))

  const tail = generateTailWords(tailSize, seed ^ 0x9e3779b9)
  const tailRank = zipfSampler(tail.length, 1.0)
  const tailWord = (rng: Rng) => tail[tailRank(rng)]!

  /** A sentence start in the middle of a statement: lower-cased unless it is a name. */
  const continuation = (word: string) =>
    word === 'I' || (capitalisation.get(word.toLowerCase()) ?? 0) > 0 ? word : word.toLowerCase()

  const walk = (rng: Rng, target: number, tailChance: number, atLeast = 1): string[] => {
    const out: string[] = []
    let current = rng.pick(starts)
    while (out.length < target) {
      let word = current
      if (out.length > 0 && rng.chance(tailChance)) {
        const replacement = tailWord(rng)
        const punctuation = /[,;]$/.exec(word)?.[0] ?? ''
        word = (rng.chance(0.2) ? capitalise(replacement) : replacement) + punctuation
      }
      out.push(word)
      const next = rng.pick(chain.get(current) ?? [END])
      if (next === END) {
        if (out.length >= Math.max(atLeast, target - 3)) break
        out[out.length - 1] = out[out.length - 1]!.replace(/[,;]$/, '') + ','
        current = continuation(rng.pick(starts))
        if (current !== conjunction) out.push(conjunction)
      } else current = next
    }
    return out
  }

  return {
    realWordCount: realWords.size,
    tailWord,
    statement(rng, minWords, maxWords) {
      const words = walk(rng, rng.int(minWords, maxWords), tailRate, minWords)
      while (words.length > minWords && DANGLING.has(words[words.length - 1]!.toLowerCase()))
        words.pop()
      const last = words.length - 1
      words[last] = words[last]!.replace(/[,;:]+$/, '')
      return `${capitalise(words.join(' '))}.`
    },
    phrase(rng, count) {
      return capitalise(
        walk(rng, count, 0)
          .slice(0, count)
          .join(' ')
          .replace(/[,;:]+$/, ''),
      )
    },
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
