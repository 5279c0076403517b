import { formatDate } from '@/domain/corpus/format'
import { downloadText } from '@/components/export/download'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { buttonClass } from '@/components/button-styles'
import { Notice } from './notice'

/**
 * Says plainly when bookmarks are not being kept (no storage, storage full), and lists
 * stored data that could not be read and was kept aside, with a download for each.
 */
export function StorageNotices({ onExport }: { onExport?: () => void }) {
  const health = useBookmarksStore((s) => s.storageHealth)
  const quarantined = useBookmarksStore((s) => s.quarantined)
  // Unreadable data too large to copy aside is what blocks saving: say that, not "full".
  const blockedByUnreadable = quarantined.some((item) => item.inPlace)

  return (
    <div className="space-y-3">
      {health === 'unavailable' ? (
        <Notice tone="warning" title="Bookmarks will not be kept after you close this tab">
          <p>
            This browser is not letting the site store data (private browsing, or site data turned
            off). Bookmarking and notes work for this visit only. To keep them, export them before
            you leave.
          </p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {health === 'write-failed' && blockedByUnreadable ? (
        <Notice
          tone="error"
          role="alert"
          title="Saved bookmark data cannot be read, so new changes are not being saved"
        >
          <p>
            What this browser holds under the bookmarks key is unreadable and too large to copy
            aside, so it was left untouched and nothing is written over it. Download it below to
            keep a copy, then delete it: saving resumes at once. Until then your changes are kept in
            this tab only.
          </p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {health === 'write-failed' && !blockedByUnreadable ? (
        <Notice tone="error" role="alert" title="Your latest changes could not be saved">
          <p>
            The browser refused to store them (its storage for this site is full or blocked). They
            are kept in this tab until you close it; export them to be safe.
          </p>
          <ExportNowButton onExport={onExport} />
        </Notice>
      ) : null}
      {quarantined.length > 0 ? (
        <Notice tone="warning" title="Some saved data could not be read, so it was kept aside">
          <p>
            Nothing was deleted. The data is stored separately, untouched; download it to keep a
            copy or to recover it (if it is a bookmarks file, “Import” below can read it).
          </p>
          <ul className="space-y-2">
            {quarantined.map((item) => (
              <li key={item.key} className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 break-words">
                  {item.inPlace ? 'Unreadable, left in place' : 'Kept aside'}{' '}
                  {item.savedAt ? `on ${formatDate(item.savedAt)}` : ''} (
                  {item.size.toLocaleString('en')} characters): {item.reason}
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
                  Download kept-aside data
                </button>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => useBookmarksStore.getState().discardQuarantined(item.key)}
                >
                  Delete it
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
  if (!onExport) return null
  return (
    <button type="button" className={buttonClass} onClick={onExport}>
      Export bookmarks (JSON)
    </button>
  )
}
