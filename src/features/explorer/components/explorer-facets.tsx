import { memo, useId, useMemo, useState } from 'react'
import { yearOf } from '@/domain/corpus/format'
import type { CorpusModel } from '@/domain/corpus/model'
import { FILTER_FACETS, type FilterFacet, type QuoteFilters } from '@/domain/filters/quote-filters'
import { shorten } from '@/domain/filters/facet-options'
import { largestValues } from '@/domain/filters/largest-values'
import type { FacetCounts } from '@/domain/search/search-engine'
import { sessionTone } from '@/components/corpus/session-badge'
import { LOCALE_NAMES } from '@/domain/i18n/locales'
import { languageOf, LANGUAGES } from '@/domain/language/languages'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { viewMessages } from '@/components/corpus/view-messages'
import { ORIGINS, type Origin } from '@/domain/corpus/origin'
import { originMessages } from '@/components/corpus/origin-messages'
import { useT, type Translate } from '@/i18n/catalog'
import { explorerMessages } from '../messages'

interface FacetValue {
  value: string
  label: string
  title?: string
  /** The session's colour, shown beside its name (never alone). */
  dotClass?: string
}

/** A long facet (hundreds of sources at scale) shows its largest values until expanded. */
const SHOWN_BEFORE_EXPANDING = 10

type Terms = ReturnType<typeof useCorpusTerms>

function facetValues(
  model: CorpusModel,
  facet: FilterFacet,
  terms: Terms,
  origin: Translate<`value.${Origin}`>,
): FacetValue[] {
  switch (facet) {
    case 'session':
      return model.sessions.map((s) => ({
        value: s.id,
        label: `${s.roman} · ${yearOf(s.date)}`,
        title: `${terms.sessionName(s)}, ${terms.date(s.date)}`,
        dotClass: sessionTone(s.id, model.sessions).dot,
      }))
    case 'topic':
      return model.topics.map((t) => ({ value: t.id, label: terms.topicLabel(t) }))
    case 'kind':
      return (['direct', 'reported'] as const).map((k) => ({ value: k, label: terms.kindName(k) }))
    case 'speaker':
      return model.corpus.speakers.map((s) => ({
        value: s.id,
        label: terms.speakerName(s),
        title: terms.speakerRole(s),
      }))
    case 'source':
      return model.corpus.sources.map((s) => ({
        value: s.id,
        label: `${shorten(s.title, 60)} (${terms.sourceKindName(s.kind)}, ${yearOf(s.date)})`,
        title: s.title,
      }))
    case 'lang':
      // Each language named in itself; only the corpus's own languages are offered.
      return LANGUAGES.filter((language) =>
        model.corpus.sources.some((s) => languageOf(s.language) === language),
      ).map((language) => ({ value: language, label: LOCALE_NAMES[language] }))
    case 'origin':
      // Offered only to someone who has documents of their own.
      return model.workspaceSourceIds.size === 0
        ? []
        : ORIGINS.map((value) => ({ value, label: origin(`value.${value}`) }))
  }
}

interface ExplorerFacetsProps {
  model: CorpusModel
  filters: QuoteFilters
  counts: FacetCounts | null
  onToggle: (facet: FilterFacet, value: string) => void
}

/**
 * The facets as checkbox groups. Each count is what ticking that value would give with the
 * query and the other facets as they are (a facet's own selection does not narrow its counts).
 */
export const ExplorerFacets = memo(function ExplorerFacets({
  model,
  filters,
  counts,
  onToggle,
}: ExplorerFacetsProps) {
  const terms = useCorpusTerms()
  const origin = useT(originMessages)
  const valuesByFacet = useMemo(
    () => new Map(FILTER_FACETS.map((facet) => [facet, facetValues(model, facet, terms, origin)])),
    // `terms` is new each render; its words change only with the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, terms.locale],
  )
  return (
    <div className="flex flex-col gap-5">
      {FILTER_FACETS.filter(
        // A corpus in one language has nothing to choose between: no language facet.
        (facet) => facet !== 'lang' || (valuesByFacet.get(facet)?.length ?? 0) > 1,
      ).map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          values={valuesByFacet.get(facet) ?? []}
          selected={filters[facet] as string[]}
          counts={counts?.[facet] ?? null}
          onToggle={onToggle}
        />
      ))}
    </div>
  )
})

/** Re-renders only when its counts or selection change, not on every keystroke. */
const FacetGroup = memo(function FacetGroup({
  facet,
  values,
  selected,
  counts,
  onToggle,
}: {
  facet: FilterFacet
  values: FacetValue[]
  selected: string[]
  counts: ReadonlyMap<string, number> | null
  onToggle: (facet: FilterFacet, value: string) => void
}) {
  const views = useT(viewMessages)
  const tx = useT(explorerMessages)
  const [expanded, setExpanded] = useState(false)
  const listId = useId()
  const shown = useMemo(
    () =>
      values.length > SHOWN_BEFORE_EXPANDING && !expanded
        ? largestValues(values, (v) => counts?.get(v) ?? 0, selected, SHOWN_BEFORE_EXPANDING)
        : values,
    [values, counts, selected, expanded],
  )
  if (values.length === 0) return null
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold tracking-wide text-slate-800 uppercase dark:text-slate-200">
        {views(`facet.${facet}`)}
      </legend>
      <ul id={listId} className="flex flex-col gap-0.5">
        {shown.map((v) => (
          <FacetItem
            key={v.value}
            facet={facet}
            value={v}
            checked={selected.includes(v.value)}
            count={counts ? (counts.get(v.value) ?? 0) : null}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {values.length > SHOWN_BEFORE_EXPANDING ? (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
          className="mt-1 px-1.5 text-sm font-medium text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
        >
          {expanded
            ? tx('filters.showFewer', { facet })
            : tx('filters.showAll', { facet, count: values.length })}
        </button>
      ) : null}
    </fieldset>
  )
})

/**
 * One value with its count. Every keystroke changes most counts, so an item re-renders often;
 * its checkbox is a component of its own that does not (React rewrites an input's properties
 * whenever it renders it, about 50 inputs per keystroke otherwise).
 */
const FacetItem = memo(function FacetItem({
  facet,
  value,
  checked,
  count,
  onToggle,
}: {
  facet: FilterFacet
  value: FacetValue
  checked: boolean
  /** null: not counted yet. */
  count: number | null
  onToggle: (facet: FilterFacet, value: string) => void
}) {
  const t = useT(explorerMessages)
  const shown = count ?? 0
  return (
    <li>
      <label
        title={value.title}
        className={`flex cursor-pointer items-start gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${
          shown === 0 && !checked ? 'text-slate-600 dark:text-slate-400' : ''
        }`}
      >
        <FacetCheckbox facet={facet} value={value.value} checked={checked} onToggle={onToggle} />
        {value.dotClass ? (
          <span
            aria-hidden="true"
            className={`mt-1.5 inline-block h-2.5 w-2.5 shrink-0 rounded-full ${value.dotClass}`}
          />
        ) : null}
        <span className="min-w-0 flex-1 leading-snug break-words">{value.label}</span>
        <span className="ml-auto shrink-0 text-slate-600 tabular-nums dark:text-slate-400">
          <span aria-hidden="true">{count === null ? '…' : count}</span>
          <span className="sr-only">, {count === null ? '…' : t('filters.unit', { count })}</span>
        </span>
      </label>
    </li>
  )
})

const FacetCheckbox = memo(function FacetCheckbox({
  facet,
  value,
  checked,
  onToggle,
}: {
  facet: FilterFacet
  value: string
  checked: boolean
  onToggle: (facet: FilterFacet, value: string) => void
}) {
  return (
    <input
      type="checkbox"
      checked={checked}
      onChange={() => onToggle(facet, value)}
      className="mt-0.5 h-4 w-4 shrink-0 accent-cyan-800 dark:accent-cyan-400"
    />
  )
})
