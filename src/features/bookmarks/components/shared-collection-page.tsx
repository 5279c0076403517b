import { Link } from '@tanstack/react-router'
import { useId, useMemo, useRef, useState } from 'react'
import { snapshotQuote } from '@/domain/bookmarks/bookmark'
import { decodeShare, MAX_SHARED_TITLE_LENGTH } from '@/domain/bookmarks/share-url'
import type { SharedSearch } from '@/domain/bookmarks/shared-search'
import { IgnoredParamsNotice } from '@/components/ignored-params-notice'
import type { CorpusModel } from '@/domain/corpus/model'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { QuoteCard } from '@/components/corpus/quote-card'
import { BookmarkToggle } from './bookmark-toggle'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { primaryButtonClass } from '@/components/button-styles'
import { Notice } from './notice'
import { StorageNotices } from './storage-notices'
import { UndoToast } from './undo-toast'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'

/**
 * A collection someone shared by link: read-only for anyone, in any browser. "Save to my
 * bookmarks" adds what is new and leaves existing bookmarks and notes as they are.
 */
export function SharedCollectionPage({
  model,
  search,
}: {
  model: CorpusModel
  search: SharedSearch
}) {
  const t = useT(bookmarksMessages)
  const { list } = useCorpusTerms()
  const decoded = useMemo(() => decodeShare(search), [search])
  const title = decoded.title ?? t('shared.defaultTitle')
  useDocumentTitle(title)
  const headingId = useId()
  const resultRef = useRef<HTMLDivElement>(null)
  const [result, setResult] = useState<string | null>(null)
  const mine = useBookmarksStore((s) => s.bookmarks)

  const found = decoded.ids.flatMap((id) => {
    const quote = model.quoteById.get(id)
    return quote ? [quote] : []
  })
  const unknown = decoded.ids.filter((id) => !model.quoteById.has(id))
  const problems = [...decoded.invalid, ...decoded.tooLong, ...unknown]
  const ignored =
    decoded.titleLength > MAX_SHARED_TITLE_LENGTH
      ? [
          {
            param: 'title',
            value: '',
            reason: {
              code: 'title-too-long' as const,
              length: decoded.titleLength,
              max: MAX_SHARED_TITLE_LENGTH,
            },
          },
        ]
      : []
  const alreadyMine = found.filter((q) => mine[q.id]).length

  const save = () => {
    const outcome = useBookmarksStore.getState().mergeBookmarks(
      found.map((quote) => ({ quoteId: quote.id, snapshot: snapshotQuote(model, quote) })),
      t('shared.undo', { title }),
    )
    const added = outcome.added.length
    const present = outcome.alreadyPresent.length
    setResult(
      added === 0
        ? t('shared.allPresent', { count: present })
        : present > 0
          ? t('shared.addedSome', { count: added, present })
          : t('shared.added', { count: added }),
    )
    requestAnimationFrame(() => resultRef.current?.focus())
  }

  return (
    <div>
      <PageHeading eyebrow={t('shared.eyebrow')}>{title}</PageHeading>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        {found.length === 0 ? t('shared.none') : t('shared.intro', { count: found.length })}
      </p>

      {problems.length > 0 ? (
        <Notice
          tone="warning"
          role="status"
          className="mt-4"
          title={t('shared.problemsTitle', { count: problems.length })}
        >
          <p className="break-words">
            {unknown.length > 0 ? `${t('shared.notInCorpus', { ids: list(unknown) })} ` : ''}
            {decoded.invalid.length > 0
              ? `${t('shared.notIds', { ids: list(decoded.invalid.map((id) => (id.length > 40 ? `${id.slice(0, 40)}…` : id))) })} `
              : ''}
            {decoded.tooLong.length > 0
              ? t('shared.tooLong', {
                  items: decoded.tooLong
                    .map((item) =>
                      t('shared.tooLongItem', { length: item.length, shown: item.shown }),
                    )
                    .join('; '),
                })
              : ''}
          </p>
        </Notice>
      ) : null}

      <IgnoredParamsNotice ignored={ignored} />

      <div className="mt-4">
        <StorageNotices />
      </div>

      {found.length > 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="button" className={primaryButtonClass} onClick={save}>
            {t('shared.save')}
          </button>
          <span className="text-sm text-slate-700 dark:text-slate-300">
            {alreadyMine > 0
              ? t('shared.alreadyMine', { mine: alreadyMine, total: found.length })
              : ''}
          </span>
        </div>
      ) : null}
      <div ref={resultRef} tabIndex={-1} role="status" className="mt-3 outline-none">
        {result ? (
          <Notice tone="success">
            <p>
              {result}{' '}
              <Link to="/bookmarks" className={textLinkClass}>
                {t('shared.go')}
              </Link>
            </p>
          </Notice>
        ) : null}
      </div>
      <UndoToast />

      {found.length > 0 ? (
        <section aria-labelledby={headingId} className="mt-6">
          <h2 id={headingId} className="sr-only">
            {t('shared.listHeading')}
          </h2>
          <ol className="space-y-4">
            {found.map((quote) => (
              <li key={quote.id}>
                <QuoteCard
                  quote={quote}
                  model={model}
                  actions={<BookmarkToggle quoteId={quote.id} />}
                />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="mt-6">
          <Link to="/quotes" className={textLinkClass}>
            {t('shared.explore')}
          </Link>
        </p>
      )}
    </div>
  )
}
