import { useId } from 'react'
import { SORT_ORDERS, type SortOrder } from '@/domain/filters/quote-filters'
import { useT } from '@/i18n/catalog'
import { explorerMessages } from '../messages'

export function SortSelect({
  value,
  hasQuery,
  onChange,
}: {
  value: SortOrder
  hasQuery: boolean
  onChange: (sort: SortOrder) => void
}) {
  const t = useT(explorerMessages)
  const id = useId()
  return (
    <div className="flex min-w-0 max-w-full items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {t('sort.label')}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as SortOrder)}
        className="min-w-0 max-w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900"
      >
        {SORT_ORDERS.map((order) => (
          <option key={order} value={order}>
            {order === 'relevance' && !hasQuery ? t('sort.relevanceNoQuery') : t(`sort.${order}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
