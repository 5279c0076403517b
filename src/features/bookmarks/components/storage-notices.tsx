import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { downloadText } from '@/components/export/download'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { buttonClass } from '@/components/button-styles'
import { Notice } from './notice'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/**
 * Says plainly when bookmarks are not being kept (no storage, storage full), and lists
 * stored data that could not be read and was kept aside, with a download for each.
 */
export function StorageNotices({ onExport }: { onExport?: () => void }) {
  const t = useT(bookmarksMessages)
  const { date } = useCorpusTerms()
  const health = useBookmarksStore((s) => s.storageHealth)
  const quarantined = useBookmarksStore((s) => s.quarantined)
  // Unreadable data too large to copy aside is what blocks saving: say that, not "full".
  const blockedByUnreadable = quarantined.some((item) => item.inPlace)

  return (
    <div className="space-y-3">
      {health === 'unavailable' ? (
        <Notice tone="warning" title={t('storage.unavailableTitle')}>
          <p>{t('storage.unavailable')}</p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {health === 'write-failed' && blockedByUnreadable ? (
        <Notice tone="error" role="alert" title={t('storage.blockedTitle')}>
          <p>{t('storage.blocked')}</p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {health === 'write-failed' && !blockedByUnreadable ? (
        <Notice tone="error" role="alert" title={t('storage.failedTitle')}>
          <p>{t('storage.failed')}</p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {quarantined.length > 0 ? (
        <Notice tone="warning" title={t('storage.keptAsideTitle')}>
          <p>{t('storage.keptAside')}</p>
          <ul className="space-y-2">
            {quarantined.map((item) => (
              <li key={item.key} className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 break-words">
                  {t('storage.item', {
                    inPlace: item.inPlace ? 'yes' : 'no',
                    date: item.savedAt ? date(item.savedAt) : 'none',
                    size: item.size,
                    reason: item.reason,
                  })}
                </span>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => {
                    const raw = useBookmarksStore.getState().readQuarantined(item.key)
                    if (raw !== null)
                      downloadText(
                        `assembly-explorer-kept-aside-${item.key.split(':').pop() ?? 'data'}.json`,
                        raw,
                        'application/json',
                      )
                  }}
                >
                  {t('storage.download')}
                </button>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => useBookmarksStore.getState().discardQuarantined(item.key)}
                >
                  {t('storage.delete')}
                </button>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  )
}

/** The way out when bookmarks are not being kept: take them away as a file now. */
function ExportNowButton({ onExport }: { onExport?: () => void }) {
  const t = useT(bookmarksMessages)
  if (!onExport) return null
  return (
    <button type="button" className={buttonClass} onClick={onExport}>
      {t('storage.export')}
    </button>
  )
}
