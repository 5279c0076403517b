/**
 * A seeded synthetic corpus for measuring search at scale (1,000 … 100,000 statements):
 * statements of 20–40 words drawn from the real sources' vocabulary plus a long tail of
 * invented words, with a Zipf-like frequency, spread over sessions, sources, speakers and
 * topics. Valid against the corpus schema (offsets point into the generated source texts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Corpus, Quote, Source } from '../../src/domain/corpus/schema'

function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOPICS = [
  'national-identity',
  'unity-and-harmony',
  'assembly-role',
  'political-reform',
  'language-policy',
  'countering-extremism',
  'civic-participation',
  'awards-and-honours',
  'statehood-and-independence',
]

function realWords(dir: string): string[] {
  const counts = new Map<string, number>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const w of readFileSync(join(dir, file), 'utf8').match(/[\p{L}’'-]+/gu) ?? [])
      counts.set(w, (counts.get(w) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w)
}

export function syntheticCorpus(size: number, seed = 42, sourcesDir = 'corpus/sources'): Corpus {
  const random = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)] as T
  const syllables = [
    'ka',
    'za',
    'kh',
    'ar',
    'ta',
    'na',
    'ly',
    'tur',
    'an',
    'bek',
    'ul',
    'sy',
    'mer',
    'don',
    'is',
    'ba',
    'ko',
    'ra',
    'ti',
    'on',
  ]
  const tail = new Set<string>()
  while (tail.size < 30_000) {
    let w = ''
    const n = 2 + Math.floor(random() * 3)
    for (let i = 0; i < n; i++) w += pick(syllables)
    tail.add(w)
  }
  const vocabulary = [...realWords(sourcesDir), ...tail]
  // Zipf (s = 1): word of rank r has weight 1 / (r + 1).
  const cumulative = new Float64Array(vocabulary.length)
  let total = 0
  vocabulary.forEach((_, r) => {
    total += 1 / (r + 1)
    cumulative[r] = total
  })
  const word = () => {
    const x = random() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] as number) < x) lo = mid + 1
      else hi = mid
    }
    return vocabulary[lo] as string
  }

  const sessionCount = 30
  const sessions = Array.from({ length: sessionCount }, (_, i) => ({
    id: String(i + 3),
    number: i + 3,
    roman: toRoman(i + 3),
    date: `${1995 + i}-04-${String(10 + (i % 18)).padStart(2, '0')}`,
    theme: `Session theme ${i + 3}`,
    place: null,
  }))
  const speakers = Array.from({ length: 40 }, (_, i) => ({
    id: i === 0 ? 'tokayev' : `speaker-${i}`,
    name: i === 0 ? 'Kassym-Jomart Tokayev' : `Speaker ${i}`,
    role: i === 0 ? 'President of Kazakhstan' : 'Member of the Assembly',
  }))
  const topics = TOPICS.map((id) => ({
    id,
    label: id.replace(/-/g, ' '),
    description: `About ${id}.`,
  }))
  const perSource = 100
  const sourceCount = Math.max(1, Math.ceil(size / perSource))
  const sources: Source[] = []
  const quotes: Quote[] = []
  for (let s = 0; s < sourceCount; s++) {
    const session = sessions[s % sessionCount]!
    const id = `src-${s}`
    let text = ''
    const n = Math.min(perSource, size - s * perSource)
    for (let k = 0; k < n; k++) {
      const length = 20 + Math.floor(random() * 21)
      const words: string[] = []
      for (let i = 0; i < length; i++) words.push(word())
      const sentence = `${words.join(' ')}.`
      const statement = sentence[0]!.toUpperCase() + sentence.slice(1)
      const start = text.length
      text += `${statement}\n`
      const topicIds = [pick(TOPICS)]
      if (random() < 0.4) {
        const second = pick(TOPICS)
        if (second !== topicIds[0]) topicIds.push(second)
      }
      quotes.push({
        id: `q-${s}-${k}`,
        sessionId: session.id,
        sourceId: id,
        kind: random() < 0.4 ? 'direct' : 'reported',
        speakerId: random() < 0.8 ? 'tokayev' : pick(speakers).id,
        text: statement,
        start,
        end: start + statement.length,
        section: null,
        order: k,
        topicIds,
        corroboratedBy: [],
        echoes: [],
      })
    }
    sources.push({
      id,
      sessionId: session.id,
      title: `Synthetic source ${s}`,
      kind: pick(['factsheet', 'press-release', 'article', 'transcript'] as const),
      date: session.date,
      language: 'en',
      publisher: null,
      url: null,
      file: `${id}.txt`,
      sha256: '0'.repeat(64),
      text,
    })
  }
  return { schemaVersion: 1, sessions, sources, speakers, topics, quotes }
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ]
  let out = ''
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters
      n -= value
    }
  return out
}
