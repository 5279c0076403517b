import { useNavigate } from '@tanstack/react-router'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import {
  forwardRef,
  memo,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { highlightRanges } from '@/domain/search/highlight'
import type { HighlightTerms } from '@/domain/search/search-engine'
import { QuoteCard } from '@/components/corpus/quote-card'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { useScrollMargin } from '@/hooks/use-scroll-margin'
import { HighlightedText } from './highlighted-text'

export interface ResultListHandle {
  /** Moves keyboard focus to the result at `index` (scrolling it into view first). */
  focusResult: (index: number) => void
}

interface ResultListProps {
  model: CorpusModel
  /** Positions in `model.corpus.quotes`, in display order. */
  order: Uint32Array
  highlight: HighlightTerms
  /** Escape in the list: back to the search box. */
  onLeave: () => void
}

/**
 * The results as a virtualised list: only the rows near the viewport exist in the DOM, so a
 * list of 100,000 statements scrolls as smoothly as one of ten. It keeps list semantics (each
 * row says its position, e.g. "3 of 120") and one row at a time is in the tab order: arrow
 * keys move between rows, Home/End jump, Enter opens the statement, Escape returns to search.
 */
export const ResultList = memo(
  forwardRef<ResultListHandle, ResultListProps>(function ResultList(
    { model, order, highlight, onLeave },
    ref,
  ) {
    const t = useT(explorerMessages)
    const navigate = useNavigate()
    const listRef = useRef<HTMLOListElement>(null)
    /** The list's full-height box: where row 0 would start (the list itself is moved). */
    const containerRef = useRef<HTMLDivElement>(null)
    const [active, setActive] = useState(0)
    const activeIndex = Math.min(active, Math.max(0, order.length - 1))

    // The list starts below the search box and notices; the window virtualiser needs to know.
    const scrollMargin = useScrollMargin(containerRef)

    // Rows are keyed by position, not by statement: a new answer then updates the rows on
    // screen in place, and the virtualiser keeps its measurements instead of recomputing the
    // positions of every row for new keys.
    const virtualizer = useWindowVirtualizer({
      count: order.length,
      estimateSize: () => 260,
      overscan: 1,
      scrollMargin,
      measureElement: measureRow,
    })

    const focusResult = (index: number) => {
      if (order.length === 0) return
      const target = Math.max(0, Math.min(order.length - 1, index))
      setActive(target)
      virtualizer.scrollToIndex(target, { align: 'auto' })
      // The row may not exist until the virtualiser renders it: try for a few frames.
      let tries = 0
      const attempt = () => {
        const row = listRef.current?.querySelector<HTMLElement>(`[data-result-index="${target}"]`)
        if (row) row.focus({ preventScroll: false })
        else if (tries++ < 10) requestAnimationFrame(attempt)
      }
      requestAnimationFrame(attempt)
    }
    useImperativeHandle(ref, () => ({ focusResult }))

    const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
      const target = event.target as HTMLElement
      if (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) return
      const row = target.closest<HTMLElement>('[data-result-index]')
      if (!row) return
      const index = Number(row.dataset.resultIndex)
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        Home: 0,
        End: order.length - 1,
        PageDown: index + 5,
        PageUp: index - 5,
      }
      if (event.key in moves) {
        event.preventDefault()
        focusResult(moves[event.key] as number)
      } else if (event.key === 'Enter' && target === row) {
        event.preventDefault()
        const quote = model.corpus.quotes[order[index] as number]
        if (quote) void navigate({ to: '/quotes/$quoteId', params: { quoteId: quote.id } })
      } else if (event.key === 'Escape') {
        event.preventDefault()
        onLeave()
      }
    }

    // Rows are reused for new results (keyed by position), so a row's new height is not
    // measured on mount; measure the rows on screen now, before paint, rather than let the
    // ResizeObserver report it a frame later and move the list after it was shown.
    useLayoutEffect(() => {
      listRef.current
        ?.querySelectorAll<HTMLLIElement>('li[data-result-index]')
        .forEach((row) => virtualizer.measureElement(row))
    }, [order, virtualizer])

    const items = virtualizer.getVirtualItems()
    const offset = (items[0]?.start ?? virtualizer.options.scrollMargin) - scrollMargin
    // The rows on screen sit in normal flow, one after the other, and only the whole run is
    // moved into place: a row whose height differs from its estimate pushes the next one down
    // instead of overlapping it. Measuring a new row (on mount) then changes at most the
    // list's height, in the same task, before anything is painted.
    return (
      <div ref={containerRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        <ol
          ref={listRef}
          role="list"
          aria-label={t('results.list')}
          onKeyDown={onKeyDown}
          className="absolute top-0 left-0 w-full"
          style={{ transform: `translateY(${offset}px)` }}
        >
          {items.map((item) => {
            const quote = model.corpus.quotes[order[item.index] as number]
            if (!quote) return null
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-result-index={item.index}
                aria-posinset={item.index + 1}
                aria-setsize={order.length}
                tabIndex={item.index === activeIndex ? 0 : -1}
                onFocus={(event) => {
                  if (event.target === event.currentTarget) setActive(item.index)
                }}
                className="rounded-lg pb-4 [contain:layout_style]"
              >
                <ResultRow quote={quote} model={model} highlight={highlight} />
              </li>
            )
          })}
        </ol>
      </div>
    )
  }),
)

/**
 * A row's height: from the ResizeObserver when it reports, else read now. (The library's
 * default returns the height last seen at that position, which for a reused row belongs to
 * another statement: the list would then jump a frame after the new results were painted.)
 */
function measureRow(element: HTMLLIElement, entry: ResizeObserverEntry | undefined): number {
  const box = entry?.borderBoxSize[0]
  return box ? Math.round(box.blockSize) : element.offsetHeight
}

const ResultRow = memo(function ResultRow({
  quote,
  model,
  highlight,
}: {
  quote: Quote
  model: CorpusModel
  highlight: HighlightTerms
}) {
  const ranges = useMemo(() => highlightRanges(quote.text, highlight), [quote.text, highlight])
  return (
    <QuoteCard
      quote={quote}
      model={model}
      headingLevel={3}
      highlightedText={<HighlightedText text={quote.text} ranges={ranges} />}
      actions={<BookmarkToggle quoteId={quote.id} />}
    />
  )
})
