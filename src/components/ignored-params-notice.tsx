import type { IgnoredParam } from '@/domain/filters/quote-filters'

/** Tells the reader which parts of the URL were not understood and so not applied. */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly IgnoredParam[] }) {
  if (ignored.length === 0) return null
  return (
    <div
      role="status"
      className="my-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-medium">Some parts of this link were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((item, i) => (
          <li key={`${item.param}-${i}`} className="break-words">
            {item.reason}
          </li>
        ))}
      </ul>
    </div>
  )
}
