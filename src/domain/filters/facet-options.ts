/**
 * The choices a filter panel offers on a scoped page: for each facet, the values that occur
 * among the page's statements (or are selected), with labels and faceted counts.
 *
 * Labels here are the corpus's own data (titles, names, numerals, topics' and speakers' names
 * in the interface language); the interface names facets,
 * kinds of statement and kinds of source in its language, by key (`facet`, `value`,
 * `sourceKind`).
 */
import { LOCALE_NAMES } from '../i18n/locales'
import { LANGUAGES } from '../language/languages'
import { speakerName, topicLabel } from '../corpus/localized'
import { originOf, type CorpusModel } from '../corpus/model'
import { ORIGINS } from '../corpus/origin'
import { QUOTE_KINDS, type Quote, type SourceKind } from '../corpus/schema'
import type { FilterFacet, QuoteFilters } from './quote-filters'
import { facetValueCounts } from './scoped-filters'

export interface FacetOptionData {
  value: string
  /**
   * Data to show as it is; empty for the kind and origin facets (the interface names a kind
   * and an origin by `value`).
   */
  label: string
  /** The full name when `label` is shortened. */
  title?: string
  /** A source's kind, which the interface names in its language after the title. */
  sourceKind?: SourceKind
  count: number
}

export interface FacetOptionGroup {
  facet: FilterFacet
  options: FacetOptionData[]
}

function valuesOf(model: CorpusModel, facet: FilterFacet): (q: Quote) => readonly string[] {
  switch (facet) {
    case 'session':
      return (q) => [q.sessionId]
    case 'topic':
      return (q) => q.topicIds
    case 'kind':
      return (q) => [q.kind]
    case 'speaker':
      return (q) => [q.speakerId]
    case 'source':
      return (q) => [q.sourceId]
    case 'lang':
      // Applied by the explorer's engine only (scoped-filters.ts): no per-page values.
      return () => []
    case 'origin':
      return (q) => [originOf(model, q.sourceId)]
  }
}

/** Every candidate value of a facet, in the order a reader expects (curated, or corpus order). */
function candidates(
  model: CorpusModel,
  facet: FilterFacet,
  locale: string,
): Omit<FacetOptionData, 'count'>[] {
  switch (facet) {
    case 'session':
      return model.sessions.map((s) => ({
        value: s.id,
        label: `${s.roman} (${s.date.slice(0, 4)})`,
      }))
    case 'topic':
      return model.topics.map((t) => ({ value: t.id, label: topicLabel(t, locale) }))
    case 'kind':
      return QUOTE_KINDS.map((value) => ({ value, label: '' }))
    case 'speaker':
      return model.corpus.speakers.map((s) => ({ value: s.id, label: speakerName(s, locale) }))
    case 'source':
      return model.corpus.sources.map((s) => ({
        value: s.id,
        label: shorten(s.title, 56),
        title: s.title,
        sourceKind: s.kind,
      }))
    case 'lang':
      return LANGUAGES.map((language) => ({ value: language, label: LOCALE_NAMES[language] }))
    case 'origin':
      return ORIGINS.map((value) => ({ value, label: '' }))
  }
}

/**
 * The filter groups for `quotes` (the page's statements before filtering). A value is
 * offered when some statement has it or when it is selected, so a selection can always be
 * undone; facets with a single value and nothing selected are left out (nothing to choose).
 */
export function facetOptions(
  model: CorpusModel,
  quotes: readonly Quote[],
  filters: QuoteFilters,
  facets: readonly FilterFacet[],
  /** The interface language, for the topics' names. */
  locale = 'en',
): FacetOptionGroup[] {
  return facets.flatMap((facet) => {
    const counts = facetValueCounts(
      quotes,
      filters,
      facet,
      valuesOf(model, facet),
      model.workspaceSourceIds,
    )
    const present = new Set(quotes.flatMap(valuesOf(model, facet)))
    const selected = filters[facet] as string[]
    const options = candidates(model, facet, locale)
      .filter((c) => present.has(c.value) || selected.includes(c.value))
      .map((c) => ({ ...c, count: counts.get(c.value) ?? 0 }))
    if (options.length < 2 && selected.length === 0) return []
    return [{ facet, options }]
  })
}

/** Cuts a long title at a word boundary, so filter chips stay readable. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max).replace(/[\s,:;–—-]+\S*$/, '')
  return `${cut}…`
}
