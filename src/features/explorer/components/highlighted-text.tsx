import { splitByRanges, type Range } from '@/domain/search/highlight'

/** Verbatim text with the search's matches wrapped in <mark>. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>,
      )}
    </>
  )
}
