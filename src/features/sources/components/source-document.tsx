import { Link } from '@tanstack/react-router'
import { Fragment, type ReactNode } from 'react'
import type { Block, Segment } from '@/domain/corpus/document'
import type { Quote } from '@/domain/corpus/schema'
import { useT } from '@/i18n/catalog'
import { useLocale } from '@/i18n/interface-language'
import { sourceMessages } from '../messages'
import { LeftOutText } from './left-out'

interface SourceDocumentProps {
  blocks: readonly Block[]
  quoteById: ReadonlyMap<string, Quote>
  /** 1-based number of each statement in this source, as its marker shows it. */
  numberOf: ReadonlyMap<string, number>
  /** The statement the URL points at (#q-<id>), highlighted. */
  targetId: string | null
  /** The document's language (its words are never translated; the interface's labels are). */
  lang: string
}

/**
 * The cleaned source text, with every extracted statement marked in place (solid
 * underline: direct quote; dashed: reported) and followed by a numbered link to its page.
 */
export function SourceDocument({
  blocks,
  quoteById,
  numberOf,
  targetId,
  lang,
}: SourceDocumentProps) {
  const items: ReactNode[] = []
  let bullets: ReactNode[] = []
  const flushBullets = (key: string) => {
    if (bullets.length === 0) return
    items.push(
      <ul key={`ul-${key}`} className="my-3 list-disc space-y-2 pl-6 marker:text-slate-500">
        {bullets}
      </ul>,
    )
    bullets = []
  }
  for (const block of blocks) {
    const key = String(block.start)
    const content = block.segments.map((segment) => (
      <SegmentView
        key={segment.start}
        segment={segment}
        quoteById={quoteById}
        numberOf={numberOf}
        targetId={targetId}
      />
    ))
    if (block.kind === 'bullet') {
      bullets.push(<li key={key}>{content}</li>)
      continue
    }
    flushBullets(key)
    if (block.kind === 'title')
      items.push(
        <p key={key} className="text-xl leading-snug font-semibold">
          {content}
        </p>,
      )
    else if (block.kind === 'heading')
      items.push(
        <h3 key={key} className="mt-6 mb-2 font-sans text-lg font-semibold">
          {content}
        </h3>,
      )
    else
      items.push(
        <p key={key} className="my-3">
          {content}
        </p>,
      )
  }
  flushBullets('end')
  return (
    <div lang={lang} className="max-w-prose font-serif text-lg leading-relaxed">
      {items}
    </div>
  )
}

function SegmentView({
  segment,
  quoteById,
  numberOf,
  targetId,
}: {
  segment: Segment
  quoteById: ReadonlyMap<string, Quote>
  numberOf: ReadonlyMap<string, number>
  targetId: string | null
}) {
  const t = useT(sourceMessages)
  const anchors = segment.starts.map((id) => (
    <span key={`a-${id}`} id={`q-${id}`} tabIndex={-1} className="scroll-mt-24 outline-none" />
  ))
  const locale = useLocale()
  const markers = segment.ends.map((id) => {
    const quote = quoteById.get(id)
    const n = numberOf.get(id)
    return (
      <sup key={`m-${id}`} lang={locale} className="ml-0.5 font-sans text-xs font-semibold">
        <Link
          to="/quotes/$quoteId"
          params={{ quoteId: id }}
          aria-label={t('marker.label', { n, kind: quote?.kind ?? 'unknown' })}
          className="rounded px-0.5 text-cyan-800 underline underline-offset-2 dark:text-cyan-300"
        >
          {n}
        </Link>
      </sup>
    )
  })
  if (segment.leftOut) return <LeftOutText segment={segment} reason={segment.leftOut} />
  if (segment.quoteIds.length === 0) return <>{segment.text}</>

  const innermost = quoteById.get(segment.quoteIds[segment.quoteIds.length - 1] ?? '')
  const targeted = targetId !== null && segment.quoteIds.includes(targetId)
  const style = targeted
    ? 'bg-amber-200 text-slate-950 ring-2 ring-amber-500 dark:bg-amber-800 dark:text-white dark:ring-amber-400'
    : segment.quoteIds.length > 1
      ? 'bg-slate-200/70 dark:bg-slate-800'
      : 'bg-slate-100 dark:bg-slate-800/60'
  const line =
    innermost?.kind === 'direct'
      ? 'underline decoration-slate-700 decoration-2 underline-offset-4 dark:decoration-slate-300'
      : 'underline decoration-dashed decoration-slate-500 decoration-2 underline-offset-4 dark:decoration-slate-400'
  const Tag = targeted ? 'mark' : 'span'
  return (
    <Fragment>
      {anchors}
      <Tag
        data-quote-ids={segment.quoteIds.join(' ')}
        className={`rounded-sm box-decoration-clone ${style} ${line}`}
      >
        {segment.text}
      </Tag>
      {markers}
    </Fragment>
  )
}
