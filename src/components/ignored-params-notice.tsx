import { useRouter, useRouterState } from '@tanstack/react-router'
import {
  searchStringIgnored,
  type IgnoredParam,
  type IgnoredReason,
} from '@/domain/filters/quote-filters'
import { useT, type Translate } from '@/i18n/catalog'
import { ignoredMessages } from './ignored-messages'

type Key = Parameters<Translate<NonNullable<typeof ignoredMessages.keys>>>[0]

/** A reason from the domain in the interface's words. */
export function ignoredReasonText(t: Translate<Key>, reason: IgnoredReason): string {
  if (reason.code === 'repeated')
    return t('reason.repeated', {
      param: reason.param,
      count: reason.ignored.length + 1,
      used: reason.used,
      others: reason.ignored.length,
      ignored: reason.ignored.map((value) => t('quoted', { value })).join(', '),
    })
  const { code, ...values } = reason
  return t(`reason.${code}`, values)
}

/**
 * Tells the reader which parts of the URL were not understood and so not applied: the
 * page's own list, plus what the URL codec had to leave out (a param given twice, a value
 * too long), which every page reports the same way.
 */
export function IgnoredParamsNotice({ ignored = [] }: { ignored?: readonly IgnoredParam[] }) {
  // The query string as the address has it: the router's own location is re-encoded from
  // what it parsed, so a repeated param no longer shows there. (Subscribing to the location
  // makes this render again whenever the address changes.)
  const t = useT(ignoredMessages)
  const router = useRouter()
  useRouterState({ select: (s) => s.location.href })
  const searchStr = router.history.location.search
  const all = [...searchStringIgnored(searchStr), ...ignored]
  if (all.length === 0) return null
  return (
    <div
      role="status"
      className="my-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">{t('heading')}</p>
      <ul className="mt-1 list-disc pl-5">
        {all.map((item, i) => (
          <li key={`${item.param}-${i}`} className="break-words">
            {ignoredReasonText(t, item.reason)}
          </li>
        ))}
      </ul>
    </div>
  )
}
