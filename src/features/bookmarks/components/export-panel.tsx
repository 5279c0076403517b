import { sortBookmarks, type BookmarkSort } from '@/domain/bookmarks/bookmark'
import { toCsv, toExportJson, toMarkdown } from '@/domain/bookmarks/export-formats'
import { resolveBookmark } from '@/domain/bookmarks/resolve'
import type { CorpusModel } from '@/domain/corpus/model'
import { appBaseUrl, downloadText } from '@/components/export/download'
import { exportFileName } from '../download'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { buttonClass } from '@/components/button-styles'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/** Writes the whole collection, in the chosen order, as a JSON file (complete, re-importable). */
export function exportJson(sort: BookmarkSort) {
  const state = useBookmarksStore.getState()
  const ordered = sortBookmarks(Object.values(state.bookmarks), sort)
  downloadText(
    exportFileName('json'),
    toExportJson(state, ordered, new Date().toISOString()),
    'application/json',
  )
}

export function ExportPanel({ model, sort }: { model: CorpusModel; sort: BookmarkSort }) {
  const t = useT(bookmarksMessages)
  const count = useBookmarksStore((s) => Object.keys(s.bookmarks).length)
  const resolved = () =>
    sortBookmarks(Object.values(useBookmarksStore.getState().bookmarks), sort).map((b) =>
      resolveBookmark(b, model),
    )
  const exports = [
    { label: 'JSON', save: () => exportJson(sort) },
    {
      label: 'CSV',
      save: () =>
        downloadText(
          exportFileName('csv'),
          toCsv(resolved(), appBaseUrl()),
          'text/csv;charset=utf-8',
        ),
    },
    {
      label: 'Markdown',
      save: () =>
        downloadText(
          exportFileName('md'),
          toMarkdown(resolved(), {
            title: 'Bookmarked statements',
            appBaseUrl: appBaseUrl(),
            exportedAt: new Date().toISOString(),
          }),
          'text/markdown;charset=utf-8',
        ),
    },
  ]
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('export.all', { count })}</p>
      <ul className="flex flex-wrap gap-2">
        {exports.map(({ label, save }) => (
          <li key={label}>
            <button type="button" className={buttonClass} disabled={count === 0} onClick={save}>
              {t('export.button', { format: label })}
            </button>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('export.hint')}</p>
    </div>
  )
}
