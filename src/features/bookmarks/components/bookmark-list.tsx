import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useRef, useState, type ReactNode } from 'react'
import type { ResolvedBookmark } from '@/domain/bookmarks/resolve'
import { useScrollMargin } from '@/hooks/use-scroll-margin'

/** Up to this many bookmarks, every one is in the page; beyond, only those near the viewport. */
export const VIRTUAL_FROM = 100

/**
 * The collection's list. A long one (10,000 bookmarks imported from a file) is virtualised as
 * the explorer's results are: only the rows near the viewport exist, each saying its position.
 * The row holding keyboard focus (a note being written, a button) always stays, wherever the
 * page is scrolled, so nothing being typed is ever unmounted.
 */
export function BookmarkList({
  items,
  renderItem,
}: {
  items: readonly ResolvedBookmark[]
  renderItem: (item: ResolvedBookmark, index: number) => ReactNode
}) {
  if (items.length < VIRTUAL_FROM)
    return (
      <ol className="mt-4 space-y-4">
        {items.map((item, index) => (
          <li key={item.bookmark.quoteId}>{renderItem(item, index)}</li>
        ))}
      </ol>
    )
  return <VirtualList items={items} renderItem={renderItem} />
}

function VirtualList({
  items,
  renderItem,
}: {
  items: readonly ResolvedBookmark[]
  renderItem: (item: ResolvedBookmark, index: number) => ReactNode
}) {
  const containerRef = useRef<HTMLDivElement>(null)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const focusedIndex =
    focusedId === null ? -1 : items.findIndex((item) => item.bookmark.quoteId === focusedId)

  // The list starts below the page's heading and tools.
  const scrollMargin = useScrollMargin(containerRef)

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (focusedIndex < 0 || indexes.includes(focusedIndex)) return indexes
      return [...indexes, focusedIndex].sort((a, b) => a - b)
    },
    [focusedIndex],
  )

  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 360,
    overscan: 3,
    scrollMargin,
    rangeExtractor,
    getItemKey: (index) => items[index]?.bookmark.quoteId ?? index,
  })

  const rows = virtualizer.getVirtualItems()
  return (
    <div
      ref={containerRef}
      className="relative mt-4"
      style={{ height: virtualizer.getTotalSize() }}
    >
      <ol className="absolute top-0 left-0 w-full">
        {rows.map((row) => {
          const item = items[row.index]
          if (!item) return null
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={items.length}
              className="absolute left-0 w-full pb-4"
              style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
              onFocus={() => setFocusedId(item.bookmark.quoteId)}
              onBlur={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null))
                  setFocusedId((id) => (id === item.bookmark.quoteId ? null : id))
              }}
            >
              {renderItem(item, row.index)}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
