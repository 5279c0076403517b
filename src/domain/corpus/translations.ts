/**
 * A statement in the corpus's other languages: the statements its documents' translations
 * were aligned with (`corpus.alignments`, built from `translationOf`, docs/corpus.md
 * “Translations”). Through the original, a Kazakh and an English translation of one Russian
 * text are each other's too. Never a machine translation: only what a published translation
 * of the same document says at that place.
 */
import type { CorpusModel } from './model'
import type { Corpus, Quote, Source } from './schema'

/** The statements of one translation (or of the original) that say what a statement says. */
export interface StatementInLanguage {
  language: string
  source: Source
  /** One, or two where the translator split the sentence; in their document's order. */
  quotes: Quote[]
}

/** The state language first, then Russian and English, then any other. */
const LANGUAGE_ORDER = ['kk', 'ru', 'en']
const rank = (language: string) => {
  const i = LANGUAGE_ORDER.indexOf(language)
  return i === -1 ? LANGUAGE_ORDER.length : i
}

/** Quote id → the ids of every statement aligned with it, directly or through the original. */
const groupsOf = new WeakMap<Corpus, Map<string, readonly string[]>>()

function groups(corpus: Corpus): Map<string, readonly string[]> {
  let found = groupsOf.get(corpus)
  if (found) return found
  // Union-find over the statements of each alignment.
  const parent = new Map<string, string>()
  const root = (id: string): string => {
    let at = id
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at) as string
    parent.set(id, at)
    return at
  }
  for (const a of corpus.alignments ?? []) {
    const [first, ...rest] = [...a.original, ...a.translation]
    if (first === undefined) continue
    if (!parent.has(first)) parent.set(first, first)
    for (const id of rest) {
      if (!parent.has(id)) parent.set(id, id)
      parent.set(root(id), root(first))
    }
  }
  const members = new Map<string, string[]>()
  for (const id of parent.keys()) {
    const r = root(id)
    const list = members.get(r)
    if (list) list.push(id)
    else members.set(r, [id])
  }
  found = new Map()
  for (const id of parent.keys()) found.set(id, members.get(root(id)) ?? [])
  groupsOf.set(corpus, found)
  return found
}

/** What `quote` says in the corpus's other documents that translate (or are translated by) its own. */
export function translationsOf(model: CorpusModel, quote: Quote): StatementInLanguage[] {
  const ids = groups(model.corpus).get(quote.id) ?? []
  const bySource = new Map<string, Quote[]>()
  for (const id of ids) {
    const other = model.quoteById.get(id)
    if (!other || other.sourceId === quote.sourceId) continue
    const list = bySource.get(other.sourceId)
    if (list) list.push(other)
    else bySource.set(other.sourceId, [other])
  }
  const out: StatementInLanguage[] = []
  for (const [sourceId, quotes] of bySource) {
    const source = model.sourceById.get(sourceId)
    if (!source) continue
    out.push({
      language: source.language,
      source,
      quotes: quotes.sort((a, b) => a.start - b.start),
    })
  }
  return out.sort(
    (a, b) =>
      rank(a.language) - rank(b.language) ||
      a.language.localeCompare(b.language) ||
      a.source.id.localeCompare(b.source.id),
  )
}
