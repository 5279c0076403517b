/**
 * Calibrates /check's verdicts on the evaluation set (corpus/eval, docs/evaluation.md).
 *
 * The statements are the hand-annotated ones (direct and reported items of every document), so
 * the figures measure the matcher, not the builder's extraction. Queries:
 * - verbatim: every annotated statement of at least five words, as a journalist would paste it
 *   (inside a sentence of their own, between quotation marks). Right when the verdict is
 *   "verbatim" and the best match is that statement;
 * - paraphrase: each `linked: true` pair of links.json, one text checked against the others
 *   with its own document left out (both directions). Right when the other statement comes
 *   back as a close paraphrase; `linked: false` pairs (near misses, negated claims) must not;
 * - a "verbatim" verdict for a pair query is false when the statement it names is the pair's
 *   near miss (`linked: false`); otherwise the words are there, word for word, by construction.
 *
 * Usage: npx tsx scripts/check/calibrate.ts [--sweep] [--show]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  CHECK_THRESHOLDS,
  checkText,
  type CheckCorpus,
  type CheckThresholds,
} from '../../src/domain/check/check-text'
import type { Quote } from '../../src/domain/corpus/schema'
import { buildTextIndex } from '../../src/domain/search/text-index'

const EVAL = join(import.meta.dirname, '../../corpus/eval')

interface Item {
  type: string
  text: string
}
interface Pair {
  kind: string
  linked: boolean
  a: { source: string; text: string }
  b: { source: string; text: string }
}

const statements: Quote[] = []
const idOf = new Map<string, string>()
for (const file of readdirSync(join(EVAL, 'annotations')).sort()) {
  const { source, items } = JSON.parse(readFileSync(join(EVAL, 'annotations', file), 'utf8')) as {
    source: string
    items: Item[]
  }
  items
    .filter((i) => i.type === 'direct' || i.type === 'reported')
    .forEach((item, n) => {
      const id = `${source}-${n}`.toLowerCase().slice(0, 64)
      idOf.set(`${source}\u0000${item.text}`, id)
      statements.push({
        id,
        sessionId: '0',
        sourceId: source,
        kind: item.type as Quote['kind'],
        speakerId: 'x',
        text: item.text,
        start: 0,
        end: item.text.length,
        section: null,
        order: n,
        topicIds: [],
        corroboratedBy: [],
        echoes: [],
      })
    })
}
const pairs = JSON.parse(readFileSync(join(EVAL, 'links.json'), 'utf8')) as Pair[]
const language = (source: string) => source.slice(0, 2)

const corpusOf = (quotes: Quote[]): CheckCorpus => ({
  origin: 'corpus',
  quotes,
  index: buildTextIndex(quotes.map((q) => q.text)),
})
const everything = corpusOf(statements)
const withoutSource = new Map<string, CheckCorpus>()
const without = (source: string) => {
  let c = withoutSource.get(source)
  if (!c) withoutSource.set(source, (c = corpusOf(statements.filter((q) => q.sourceId !== source))))
  return c
}

interface Counts {
  tp: number
  fp: number
  fn: number
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })

/** Precision and recall counts of /check's verdicts on the evaluation set, per language. */
export function measure(t: CheckThresholds = CHECK_THRESHOLDS) {
  const verbatim: Record<string, Counts> = {}
  const paraphrase: Record<string, Counts> = {}
  const at = (table: Record<string, Counts>, lang: string) => (table[lang] ??= zero())
  for (const q of statements) {
    if (q.text.split(/\s+/).length < 5) continue
    const r = checkText(`According to the report, he said: “${q.text}”`, [everything], t)
    const c = at(verbatim, language(q.sourceId))
    if (r.verdict === 'verbatim' && r.matches[0]?.quote.text === q.text) c.tp++
    else {
      c.fn++
      if (r.verdict === 'verbatim') c.fp++
    }
  }
  for (const pair of pairs) {
    for (const [from, to] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const target = idOf.get(`${to.source}\u0000${to.text}`)
      if (!target) continue
      const r = checkText(from.text, [without(from.source)], t)
      const hit = r.matches.find((m) => m.quote.id === target)
      const lang = language(from.source)
      // Word for word is a fact, not a judgement: it is wrong only when the statement it names
      // is annotated as a different claim (a near miss).
      if (r.verdict === 'verbatim' && !pair.linked && r.matches[0]?.quote.id === target) {
        at(verbatim, lang).fp++
        if (process.argv.includes('--show'))
          console.log(`false verbatim: «${from.text}» ~ «${r.matches[0]?.quote.text}»`)
      }
      const c = at(paraphrase, lang)
      const said = hit?.verdict === 'paraphrase' || hit?.verdict === 'verbatim'
      if (pair.linked) {
        if (said) c.tp++
        else c.fn++
      } else if (said) c.fp++
    }
  }
  return { verbatim, paraphrase }
}

export const totals = (table: Record<string, Counts>): Counts =>
  Object.values(table).reduce(
    (s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }),
    zero(),
  )

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '–')
function row(name: string, table: Record<string, Counts>) {
  const all = Object.values(table).reduce(
    (s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }),
    zero(),
  )
  const cells = [...Object.entries(table).sort(), ['all', all] as const].map(
    ([lang, c]) =>
      `${lang}: P ${pct(c.tp / (c.tp + c.fp))} R ${pct(c.tp / (c.tp + c.fn))} (${c.tp}/${c.fp}/${c.fn})`,
  )
  console.log(`${name.padEnd(11)} ${cells.join('  ')}`)
}

function main() {
  console.log(
    `${statements.length} annotated statements, ${pairs.length} pairs; cells: precision, recall (true/false positives, misses)`,
  )
  const base = measure(CHECK_THRESHOLDS)
  row('verbatim', base.verbatim)
  row('paraphrase', base.paraphrase)

  if (process.argv.includes('--sweep')) {
    for (const overlap of [0.45, 0.5, 0.55, 0.6, 0.65, 0.7])
      for (const dice of [0.3, 0.35, 0.4, 0.45, 0.5]) {
        const m = measure({ ...CHECK_THRESHOLDS, paraphraseOverlap: overlap, paraphraseDice: dice })
        row(`o${overlap} d${dice}`, m.paraphrase)
      }
  }
}

if (process.argv[1]?.endsWith('calibrate.ts')) main()
