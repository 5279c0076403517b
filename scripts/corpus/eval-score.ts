/**
 * Scoring the builder against the hand-annotated evaluation set (docs/evaluation.md).
 *
 * Pure: no file system, no builder. It takes what the builder extracted (statements with their
 * offsets into each document's text) and what the annotators wrote, and counts.
 *
 * - An annotation item is located in its document by its exact text; the n-th item with a given
 *   text is the n-th occurrence of that text. A text that is not in the document is an
 *   annotation error (the run fails: a score against a wrong key means nothing).
 * - A built statement matches an annotated item of the same document and type when their spans,
 *   trimmed of spaces and quotation marks, overlap by at least 80 % of the longer one. Matching
 *   is one to one (best overlap first).
 * - `+speaker` counts a match only when the speaker is also right.
 * - A non-statement is "taken" when built statements cover at least half of its characters.
 * - A link pair is found when the statements matched to its two items are linked by the builder
 *   (corroboratedBy for a corroboration, echoes for an echo). For links an item's statement may
 *   be of the other kind (a speech sentence taken as reported is still the same claim).
 */
import * as v from 'valibot'
import { personId } from '../../src/domain/corpus/builder/speakers'

export const STATEMENT_TYPES = ['direct', 'reported'] as const
export const NON_STATEMENT_REASONS = [
  'dateline',
  'byline',
  'heading',
  'caption',
  'background',
  'residue',
  'event',
  'narration',
  'stage',
  'question',
  'salutation',
] as const
export const SCORED_TYPES = ['direct', 'direct+speaker', 'reported', 'reported+speaker'] as const
export type ScoredType = (typeof SCORED_TYPES)[number]

/** Minimal overlap (of the longer span) for a built statement to match an annotated item. */
export const MATCH_OVERLAP = 0.8
/** Share of a non-statement's characters inside built statements for it to count as taken. */
export const TAKEN_COVERAGE = 0.5

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'))
const StatementItemSchema = v.strictObject({
  type: v.picklist(STATEMENT_TYPES),
  text: Text,
  speaker: Text,
  note: v.optional(v.string()),
})
const NonStatementItemSchema = v.strictObject({
  type: v.literal('non-statement'),
  text: Text,
  reason: v.picklist(NON_STATEMENT_REASONS),
  note: v.optional(v.string()),
})
export const AnnotationFileSchema = v.strictObject({
  source: Text,
  items: v.array(v.variant('type', [StatementItemSchema, NonStatementItemSchema])),
})
const LinkEndSchema = v.strictObject({ source: Text, text: Text })
export const LinksFileSchema = v.array(
  v.strictObject({
    kind: v.picklist(['corroboration', 'echo']),
    linked: v.boolean(),
    a: LinkEndSchema,
    b: LinkEndSchema,
    note: v.optional(v.string()),
  }),
)
const AlignmentSideSchema = v.pipe(v.array(Text), v.minLength(1, 'must list a statement'))
/** corpus/eval/alignments.json: for each translation, its statements paired by hand with the
 * original's (texts of annotated statements; one or two on a side). */
export const AlignmentsFileSchema = v.array(
  v.strictObject({
    original: Text,
    translation: Text,
    pairs: v.array(
      v.strictObject({
        original: AlignmentSideSchema,
        translation: AlignmentSideSchema,
        note: v.optional(v.string()),
      }),
    ),
    note: v.optional(v.string()),
  }),
)
export type AnnotationFile = v.InferOutput<typeof AnnotationFileSchema>
export type AnnotatedItem = AnnotationFile['items'][number]
export type LinkPair = v.InferOutput<typeof LinksFileSchema>[number]

/** One document of the set, with the text the builder's offsets point into. */
export interface EvalDocument {
  id: string
  language: string
  file: string
  /** The built source's (cleaned) text; the raw text when the document did not build. */
  text: string
  /** Why the document did not build (then it has no statements); null when it built. */
  buildProblem: string | null
}

/** A statement as the builder made it. */
export interface BuiltStatement {
  id: string
  sourceId: string
  kind: 'direct' | 'reported'
  speakerId: string
  speakerName: string
  start: number
  end: number
  corroboratedBy: readonly string[]
  echoes: readonly string[]
}

export interface EvalInput {
  documents: readonly EvalDocument[]
  statements: readonly BuiltStatement[]
  /** Parsed annotation files (unchecked) and their paths. */
  annotations: readonly { file: string; data: unknown }[]
  links: { file: string; data: unknown }
  /** Speaker ids of corpus/speakers.json: an annotation speaker that looks like an id must be one. */
  knownSpeakerIds: ReadonlySet<string>
  /** Errors met while reading the annotation files (not JSON): reported first. */
  readErrors?: readonly string[]
  /** The hand alignment of translations (alignments.json, unchecked), if the set has one. */
  alignments?: { file: string; data: unknown }
  /** The builder's aligned statements (corpus.alignments). */
  builtAlignments?: readonly { original: readonly string[]; translation: readonly string[] }[]
}

export interface Counts {
  /** Matched (true positives). */
  tp: number
  /** Built statements of that type (in annotated documents). */
  built: number
  /** Annotated items of that type. */
  annotated: number
}

export interface Prf {
  precision: number | null
  recall: number | null
  f1: number | null
}

export type TypeCounts = Record<ScoredType, Counts>

export interface NonStatementCounts {
  total: number
  taken: number
}

export interface Miss {
  type: 'direct' | 'reported'
  text: string
  /** For a missed item: what the builder made of it, if anything overlaps. */
  detail: string
}

export interface DocumentScore {
  id: string
  language: string
  buildProblem: string | null
  counts: TypeCounts
  nonStatements: NonStatementCounts
  /** Annotated statements no built statement matched. */
  missed: Miss[]
  /** Built statements that match no annotated statement. */
  extra: Miss[]
  /** Non-statements the builder took, with the statement that took them. */
  taken: { reason: string; text: string }[]
  /** Matched statements with the wrong speaker. */
  wrongSpeaker: { text: string; expected: string; got: string }[]
}

export interface LinkScore {
  positives: number
  found: number
  negatives: number
  falseLinks: number
  /** Found among the positives / all pairs linked (positives found + false links). */
  precision: number | null
  recall: number | null
  missedPairs: LinkPair[]
  falsePairs: LinkPair[]
}

/** One statement pair of a translation and its original, by text. */
export interface AlignedPair {
  original: { source: string; text: string }
  translation: { source: string; text: string }
}

export interface AlignmentScore {
  /** Translations annotated (document pairs). */
  documents: number
  /** Statement pairs the annotators paired, and how many the builder paired too. */
  expected: number
  found: number
  /** Statement pairs the builder made between those documents, and how many are right. */
  built: number
  correct: number
  precision: number | null
  recall: number | null
  missed: AlignedPair[]
  wrong: AlignedPair[]
}

export interface EvalResult {
  annotationErrors: string[]
  documents: DocumentScore[]
  total: TypeCounts
  byLanguage: Record<
    string,
    { counts: TypeCounts; nonStatements: NonStatementCounts; links: LinkScore }
  >
  nonStatements: NonStatementCounts
  links: LinkScore
  alignments: AlignmentScore
  /** Documents without an annotation file (not scored). */
  unannotated: string[]
}

export const prf = (c: Counts): Prf => {
  const precision = c.built === 0 ? null : c.tp / c.built
  const recall = c.annotated === 0 ? null : c.tp / c.annotated
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

export const takenRate = (n: NonStatementCounts): number | null =>
  n.total === 0 ? null : n.taken / n.total

const QUOTE_OR_SPACE = /[\s"'“”„‟«»‘’‚‛]/u

/** [start, end) shrunk past spaces and quotation marks at both ends. */
export function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && QUOTE_OR_SPACE.test(text[start] as string)) start++
  while (end > start && QUOTE_OR_SPACE.test(text[end - 1] as string)) end--
  return [start, end]
}

/** Overlap of two spans as a share of the longer one (0 when either is empty). */
export function overlapRatio(a: [number, number], b: [number, number]): number {
  const longer = Math.max(a[1] - a[0], b[1] - b[0])
  if (longer <= 0) return 0
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) / longer
}

/** The same normalisation the builder applies to a speaker's name to make its id. */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0400-\u04ff]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const emptyCounts = (): TypeCounts => ({
  direct: { tp: 0, built: 0, annotated: 0 },
  'direct+speaker': { tp: 0, built: 0, annotated: 0 },
  reported: { tp: 0, built: 0, annotated: 0 },
  'reported+speaker': { tp: 0, built: 0, annotated: 0 },
})
const addCounts = (into: TypeCounts, from: TypeCounts) => {
  for (const t of SCORED_TYPES) {
    into[t].tp += from[t].tp
    into[t].built += from[t].built
    into[t].annotated += from[t].annotated
  }
}

interface LocatedItem {
  item: AnnotatedItem
  span: [number, number]
  /** The built statement matched to it (statements only). */
  match: BuiltStatement | null
  /** For links: the match, or else the best-overlapping statement of the other kind. */
  linkEnd: BuiltStatement | null
}

const short = (s: string, n = 90) => {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}

function parseWith<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
  errors: string[],
): v.InferOutput<S> | undefined {
  const parsed = v.safeParse(schema, data)
  if (parsed.success) return parsed.output
  for (const issue of parsed.issues.slice(0, 10))
    errors.push(`${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
  return undefined
}

/** Locates every item by its text (n-th item with a text = n-th occurrence); errors otherwise. */
function locate(
  doc: EvalDocument,
  annotation: AnnotationFile,
  file: string,
  errors: string[],
): LocatedItem[] {
  const nextFrom = new Map<string, number>()
  const located: LocatedItem[] = []
  annotation.items.forEach((item, i) => {
    const at = doc.text.indexOf(item.text, nextFrom.get(item.text) ?? 0)
    if (at < 0) {
      const again = nextFrom.has(item.text) && doc.text.includes(item.text)
      errors.push(
        `${file}: items[${i}] (${item.type}): ${again ? 'occurs fewer times in' : 'not found in'} ${doc.file}: "${short(item.text, 70)}"`,
      )
      return
    }
    nextFrom.set(item.text, at + item.text.length)
    located.push({
      item,
      span: trimmedSpan(doc.text, at, at + item.text.length),
      match: null,
      linkEnd: null,
    })
  })
  return located
}

function scoreDocument(
  doc: EvalDocument,
  located: LocatedItem[],
  statements: readonly BuiltStatement[],
): DocumentScore {
  const counts = emptyCounts()
  const missed: Miss[] = []
  const extra: Miss[] = []
  const wrongSpeaker: DocumentScore['wrongSpeaker'] = []
  const spanOf = new Map(statements.map((s) => [s, trimmedSpan(doc.text, s.start, s.end)]))
  for (const type of STATEMENT_TYPES) {
    const items = located.filter((l) => l.item.type === type)
    const built = statements.filter((s) => s.kind === type)
    const candidates: { l: LocatedItem; s: BuiltStatement; r: number }[] = []
    for (const l of items)
      for (const s of built) {
        const r = overlapRatio(l.span, spanOf.get(s) as [number, number])
        if (r >= MATCH_OVERLAP) candidates.push({ l, s, r })
      }
    candidates.sort((x, y) => y.r - x.r || x.l.span[0] - y.l.span[0] || x.s.start - y.s.start)
    const used = new Set<BuiltStatement>()
    for (const c of candidates) {
      if (c.l.match || used.has(c.s)) continue
      c.l.match = c.s
      used.add(c.s)
    }
    const speaker = `${type}+speaker` as const
    counts[type].built = built.length
    counts[speaker].built = built.length
    counts[type].annotated = items.length
    counts[speaker].annotated = items.length
    for (const l of items) {
      const item = l.item as Extract<AnnotatedItem, { speaker: string }>
      if (!l.match) {
        const near = statements
          .map((s) => ({ s, r: overlapRatio(l.span, spanOf.get(s) as [number, number]) }))
          .filter((x) => x.r > 0)
          .sort((x, y) => y.r - x.r)[0]
        // A link is judged on the statement the builder made of the item, whatever its kind.
        if (near && near.r >= MATCH_OVERLAP) l.linkEnd = near.s
        missed.push({
          type,
          text: item.text,
          detail: near
            ? `nearest: ${near.s.kind} ${Math.round(near.r * 100)}% "${short(doc.text.slice(near.s.start, near.s.end), 60)}"`
            : 'not taken',
        })
        continue
      }
      counts[type].tp++
      l.linkEnd = l.match
      const expected = speakerKey(item.speaker)
      // The builder's ids are Latin (Cyrillic names transliterated): compare through its own function.
      if (
        expected === l.match.speakerId ||
        expected === speakerKey(l.match.speakerName) ||
        personId(item.speaker) === l.match.speakerId
      )
        counts[speaker].tp++
      else wrongSpeaker.push({ text: item.text, expected: item.speaker, got: l.match.speakerId })
    }
    for (const s of built)
      if (!used.has(s))
        extra.push({ type, text: doc.text.slice(s.start, s.end), detail: s.speakerId })
  }

  const nonStatements = located.filter((l) => l.item.type === 'non-statement')
  const taken: DocumentScore['taken'] = []
  for (const l of nonStatements) {
    const length = l.span[1] - l.span[0]
    if (length <= 0) continue
    const covered = new Uint8Array(length)
    for (const s of statements) {
      const [a, b] = spanOf.get(s) as [number, number]
      for (let i = Math.max(a, l.span[0]); i < Math.min(b, l.span[1]); i++)
        covered[i - l.span[0]] = 1
    }
    const share = covered.reduce((n, c) => n + c, 0) / length
    if (share >= TAKEN_COVERAGE)
      taken.push({
        reason: (l.item as Extract<AnnotatedItem, { reason: string }>).reason,
        text: l.item.text,
      })
  }
  return {
    id: doc.id,
    language: doc.language,
    buildProblem: doc.buildProblem,
    counts,
    nonStatements: { total: nonStatements.length, taken: taken.length },
    missed,
    extra,
    taken,
    wrongSpeaker,
  }
}

interface JudgedPair {
  pair: LinkPair
  /** The language of its first document. */
  language: string
  linked: boolean
}

/** Whether the builder linked each pair whose two ends are annotated statements. */
function judgeLinks(
  pairs: LinkPair[],
  itemsBySource: Map<string, LocatedItem[]>,
  languageOf: Map<string, string>,
  file: string,
  errors: string[],
): JudgedPair[] {
  const find = (end: LinkPair['a'], where: string) => {
    const items = itemsBySource.get(end.source)
    if (!items) {
      errors.push(`${file}: ${where}: no annotated document "${end.source}"`)
      return undefined
    }
    const item = items.find((l) => l.item.type !== 'non-statement' && l.item.text === end.text)
    if (!item)
      errors.push(
        `${file}: ${where}: not a statement annotated in ${end.source}: "${short(end.text, 70)}"`,
      )
    return item
  }
  const judged: JudgedPair[] = []
  pairs.forEach((pair, i) => {
    const a = find(pair.a, `[${i}].a`)
    const b = find(pair.b, `[${i}].b`)
    if (!a || !b) return
    const list = pair.kind === 'corroboration' ? 'corroboratedBy' : 'echoes'
    const linked = !!a.linkEnd && !!b.linkEnd && a.linkEnd[list].includes(b.linkEnd.id)
    judged.push({ pair, language: languageOf.get(pair.a.source) ?? '?', linked })
  })
  return judged
}

function linkScore(judged: readonly JudgedPair[]): LinkScore {
  const positives = judged.filter((j) => j.pair.linked)
  const negatives = judged.filter((j) => !j.pair.linked)
  const found = positives.filter((j) => j.linked).length
  const falsePairs = negatives.filter((j) => j.linked).map((j) => j.pair)
  return {
    positives: positives.length,
    found,
    negatives: negatives.length,
    falseLinks: falsePairs.length,
    recall: positives.length === 0 ? null : found / positives.length,
    precision: found + falsePairs.length === 0 ? null : found / (found + falsePairs.length),
    missedPairs: positives.filter((j) => !j.linked).map((j) => j.pair),
    falsePairs,
  }
}

/**
 * The builder's alignment of each annotated translation with its original. A pair is the two
 * statements the builder made of two annotated items (as for links); a built pair is right when
 * the annotators paired those items. A built pair with a statement no item matches is wrong.
 */
function scoreAlignments(
  input: EvalInput,
  itemsBySource: Map<string, LocatedItem[]>,
  errors: string[],
): AlignmentScore {
  const file = input.alignments?.file ?? 'alignments.json'
  const docs = input.alignments
    ? (parseWith(AlignmentsFileSchema, input.alignments.data, file, errors) ?? [])
    : []
  const sourceOf = new Map(input.statements.map((s) => [s.id, s.sourceId]))
  const textOf = new Map<string, string>()
  for (const d of input.documents)
    for (const s of input.statements)
      if (s.sourceId === d.id) textOf.set(s.id, d.text.slice(s.start, s.end))
  const builtPairs: [string, string][] = []
  for (const a of input.builtAlignments ?? [])
    for (const o of a.original) for (const t of a.translation) builtPairs.push([o, t])
  const score: AlignmentScore = {
    documents: docs.length,
    expected: 0,
    found: 0,
    built: 0,
    correct: 0,
    precision: null,
    recall: null,
    missed: [],
    wrong: [],
  }
  docs.forEach((doc, i) => {
    const end = (source: string, text: string, where: string) => {
      const items = itemsBySource.get(source)
      if (!items) {
        errors.push(`${file}: [${i}]: no annotated document "${source}"`)
        return undefined
      }
      const item = items.find((l) => l.item.type !== 'non-statement' && l.item.text === text)
      if (!item)
        errors.push(
          `${file}: ${where}: not a statement annotated in ${source}: "${short(text, 70)}"`,
        )
      return item
    }
    const expected = new Set<string>()
    const built = new Set(
      builtPairs
        .filter(([o, t]) => sourceOf.get(o) === doc.original && sourceOf.get(t) === doc.translation)
        .map(([o, t]) => `${o} ${t}`),
    )
    doc.pairs.forEach((pair, k) => {
      for (const o of pair.original)
        for (const t of pair.translation) {
          const a = end(doc.original, o, `[${i}].pairs[${k}].original`)
          const b = end(doc.translation, t, `[${i}].pairs[${k}].translation`)
          if (!a || !b) continue
          score.expected++
          const key = a.linkEnd && b.linkEnd ? `${a.linkEnd.id} ${b.linkEnd.id}` : null
          if (key) expected.add(key)
          if (key && built.has(key)) score.found++
          else
            score.missed.push({
              original: { source: doc.original, text: o },
              translation: { source: doc.translation, text: t },
            })
        }
    })
    for (const key of built) {
      score.built++
      if (expected.has(key)) {
        score.correct++
        continue
      }
      const [o, t] = key.split(' ') as [string, string]
      score.wrong.push({
        original: { source: doc.original, text: textOf.get(o) ?? o },
        translation: { source: doc.translation, text: textOf.get(t) ?? t },
      })
    }
  })
  score.precision = score.built === 0 ? null : score.correct / score.built
  score.recall = score.expected === 0 ? null : score.found / score.expected
  return score
}

/** Scores the builder's output against the annotations. */
export function scoreEvaluation(input: EvalInput): EvalResult {
  const errors: string[] = [...(input.readErrors ?? [])]
  const docs = new Map(input.documents.map((d) => [d.id, d]))
  const itemsBySource = new Map<string, LocatedItem[]>()
  const scores: DocumentScore[] = []
  const statementsOf = new Map<string, BuiltStatement[]>()
  for (const s of input.statements) {
    const list = statementsOf.get(s.sourceId)
    if (list) list.push(s)
    else statementsOf.set(s.sourceId, [s])
  }
  for (const { file, data } of input.annotations) {
    const annotation = parseWith(AnnotationFileSchema, data, file, errors)
    if (!annotation) continue
    const doc = docs.get(annotation.source)
    if (!doc) {
      errors.push(`${file}: "source": no document with id "${annotation.source}"`)
      continue
    }
    if (itemsBySource.has(doc.id)) {
      errors.push(`${file}: a second annotation of "${doc.id}"`)
      continue
    }
    annotation.items.forEach((item, i) => {
      if (item.type === 'non-statement') return
      if (
        /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(item.speaker) &&
        !input.knownSpeakerIds.has(item.speaker)
      )
        errors.push(
          `${file}: items[${i}].speaker: "${item.speaker}" is not an id of corpus/speakers.json (write other people's names in full)`,
        )
    })
    const located = locate(doc, annotation, file, errors)
    itemsBySource.set(doc.id, located)
    scores.push(scoreDocument(doc, located, statementsOf.get(doc.id) ?? []))
  }
  const pairs = parseWith(LinksFileSchema, input.links.data, input.links.file, errors) ?? []
  const languageOf = new Map(input.documents.map((d) => [d.id, d.language]))
  const judged = judgeLinks(pairs, itemsBySource, languageOf, input.links.file, errors)

  scores.sort((a, b) => a.id.localeCompare(b.id))
  const total = emptyCounts()
  const nonStatements: NonStatementCounts = { total: 0, taken: 0 }
  const byLanguage: EvalResult['byLanguage'] = {}
  for (const s of scores) {
    addCounts(total, s.counts)
    nonStatements.total += s.nonStatements.total
    nonStatements.taken += s.nonStatements.taken
    const lang = (byLanguage[s.language] ??= {
      counts: emptyCounts(),
      nonStatements: { total: 0, taken: 0 },
      links: linkScore(judged.filter((j) => j.language === s.language)),
    })
    addCounts(lang.counts, s.counts)
    lang.nonStatements.total += s.nonStatements.total
    lang.nonStatements.taken += s.nonStatements.taken
  }
  return {
    annotationErrors: errors,
    documents: scores,
    total,
    byLanguage,
    nonStatements,
    links: linkScore(judged),
    alignments: scoreAlignments(input, itemsBySource, errors),
    unannotated: input.documents
      .filter((d) => !itemsBySource.has(d.id))
      .map((d) => d.id)
      .sort(),
  }
}

/** Floors one language must meet: minimum precision and recall per type, maxima for the rest. */
export interface LanguageFloors {
  types: Record<ScoredType, { precision: number; recall: number }>
  /** Highest share of non-statements taken as statements. */
  nonStatementsTaken: number
  linkRecall: number
}

/** Per language, so that documents added in one language never move another's floors. */
export interface Floors {
  languages: Record<string, LanguageFloors>
  /** Most false links allowed among the negatives (all languages). */
  falseLinks: number
  /** Lowest precision and recall of the aligned statements of translations (all languages). */
  alignment?: { precision: number; recall: number }
}

const fixed = (x: number | null) => x?.toFixed(3) ?? '–'

/** The floors the result misses, one line each (empty when it meets them all). */
export function checkFloors(r: EvalResult, floors: Floors): string[] {
  const misses: string[] = r.annotationErrors.map((e) => `annotation error: ${e}`)
  for (const [lang, scores] of Object.entries(r.byLanguage).sort()) {
    const want = floors.languages[lang]
    if (!want) {
      misses.push(`${lang}: no floors set for this language`)
      continue
    }
    for (const t of SCORED_TYPES) {
      const { precision, recall } = prf(scores.counts[t])
      if ((precision ?? 0) < want.types[t].precision)
        misses.push(`${lang} ${t} precision ${fixed(precision)} < ${want.types[t].precision}`)
      if ((recall ?? 0) < want.types[t].recall)
        misses.push(`${lang} ${t} recall ${fixed(recall)} < ${want.types[t].recall}`)
    }
    const taken = takenRate(scores.nonStatements) ?? 0
    if (taken > want.nonStatementsTaken)
      misses.push(`${lang} non-statements taken ${fixed(taken)} > ${want.nonStatementsTaken}`)
    if ((scores.links.recall ?? 0) < want.linkRecall)
      misses.push(`${lang} link recall ${fixed(scores.links.recall)} < ${want.linkRecall}`)
  }
  if (r.links.falseLinks > floors.falseLinks)
    misses.push(`${r.links.falseLinks} false links > ${floors.falseLinks}`)
  if (floors.alignment) {
    const { precision, recall } = r.alignments
    if ((precision ?? 0) < floors.alignment.precision)
      misses.push(`alignment precision ${fixed(precision)} < ${floors.alignment.precision}`)
    if ((recall ?? 0) < floors.alignment.recall)
      misses.push(`alignment recall ${fixed(recall)} < ${floors.alignment.recall}`)
  }
  return misses
}
