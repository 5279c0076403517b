import type { Segment } from '@/domain/corpus/document'
import type { LeftOutReason } from '@/domain/corpus/schema'
import { useT } from '@/i18n/catalog'
import { useLocale } from '@/i18n/interface-language'
import { sourcesMessages } from '../messages'

/**
 * A passage the corpus read and did not take as a statement: muted, and followed by a label
 * that says why (the label is text, so the mark is not colour alone and screen readers read it).
 */
export function LeftOutText({ segment, reason }: { segment: Segment; reason: LeftOutReason }) {
  const t = useT(sourcesMessages)
  const locale = useLocale()
  return (
    <>
      <span data-left-out={reason} className="text-slate-600 dark:text-slate-400">
        {segment.text}
      </span>
      {segment.leftOutEnds ? (
        <span
          lang={locale}
          className="ml-1 inline-block rounded border border-dashed border-slate-400 px-1 align-baseline font-sans text-xs text-slate-700 dark:border-slate-500 dark:text-slate-300"
        >
          {t('leftOut.label', { reason: t(`reason.${reason}`) })}
        </span>
      ) : null}
    </>
  )
}

/** The source page's legend and count for the passages left out. */
export function LeftOutLegend({ count }: { count: number }) {
  const t = useT(sourcesMessages)
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">
        {t('leftOut.heading')}
      </dt>
      <dd>
        {t('leftOut.count', { count })}
        <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
          {t('leftOut.legend')}
        </span>
      </dd>
    </div>
  )
}
