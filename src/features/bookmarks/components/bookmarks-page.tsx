import { Link } from '@tanstack/react-router'
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { snapshotQuote, sortBookmarks, type BookmarkSort } from '@/domain/bookmarks/bookmark'
import type { BookmarksSearch } from '@/domain/bookmarks/bookmarks-search'
import { matchesBookmarkFilter, resolveBookmark } from '@/domain/bookmarks/resolve'
import type { CorpusModel } from '@/domain/corpus/model'
import { IgnoredParamsNotice } from '@/components/ignored-params-notice'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { renderRichText } from '@/i18n/rich-text'
import { useT } from '@/i18n/catalog'
import { bookmarksMessages } from '../messages'
import { useBookmarksStore } from '../store/use-bookmarks-store'
import { BookmarkItem } from './bookmark-item'
import { BookmarkList } from './bookmark-list'
import { exportJson, ExportPanel } from './export-panel'
import { ImportPanel } from './import-panel'
import { buttonClass, dangerButtonClass, fieldClass } from '@/components/button-styles'
import { Notice } from './notice'
import { SavedViewsList } from './saved-views-list'
import { SharePanel } from './share-panel'
import { StorageNotices } from './storage-notices'
import { UndoToast } from './undo-toast'

const SORTS: readonly BookmarkSort[] = ['newest', 'oldest', 'custom']

export interface BookmarksPageProps {
  model: CorpusModel
  search: BookmarksSearch
  onSearchChange: (search: BookmarksSearch) => void
}

/** The user's collection: filter, order, annotate, remove (with undo), share, export, import. */
export function BookmarksPage({ model, search, onSearchChange }: BookmarksPageProps) {
  const t = useT(bookmarksMessages)
  const terms = useCorpusTerms()
  useDocumentTitle(t('page.title'))
  const bookmarks = useBookmarksStore((s) => s.bookmarks)
  const sort = useBookmarksStore((s) => s.preferences.sort)
  const collectionHeadingRef = useRef<HTMLHeadingElement>(null)
  const collectionHeadingId = useId()

  // Bookmarks migrated from the first format have no snapshot yet: take it from the corpus.
  useEffect(() => {
    const missing = Object.values(bookmarks).filter(
      (b) => !b.snapshot && model.quoteById.has(b.quoteId),
    )
    if (missing.length === 0) return
    const snapshots = Object.fromEntries(
      missing.flatMap((b) => {
        const quote = model.quoteById.get(b.quoteId)
        return quote ? [[b.quoteId, snapshotQuote(model, quote)] as const] : []
      }),
    )
    useBookmarksStore.getState().fillSnapshots(snapshots)
  }, [bookmarks, model])

  const all = useMemo(
    () => sortBookmarks(Object.values(bookmarks), sort).map((b) => resolveBookmark(b, model)),
    [bookmarks, sort, model],
  )
  const filter = { sessions: search.session ?? [], topics: search.topic ?? [] }
  const filtered = filter.sessions.length > 0 || filter.topics.length > 0
  const visible = all.filter((item) => matchesBookmarkFilter(item, filter))

  const sessionOptions = useMemo(() => {
    const options = new Map(
      model.sessions.map((s) => [
        s.id,
        t('filter.sessionOption', { session: terms.sessionName(s), year: s.date.slice(0, 4) }),
      ]),
    )
    for (const { snapshot } of all)
      if (snapshot && !options.has(snapshot.sessionId))
        options.set(snapshot.sessionId, snapshot.sessionLabel)
    return [...options]
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words follow the language (terms)
  }, [all, model, terms.locale])
  const topicOptions = useMemo(() => {
    const options = new Map(model.topics.map((t) => [t.id, t.label]))
    for (const { snapshot } of all)
      snapshot?.topicIds.forEach((id, i) => {
        if (!options.has(id)) options.set(id, snapshot.topicLabels[i] ?? id)
      })
    return [...options]
  }, [all, model])

  const move = (quoteId: string, direction: 'up' | 'down') => {
    useBookmarksStore.getState().moveBookmark(
      quoteId,
      direction,
      visible.map((item) => item.bookmark.quoteId),
    )
    // The item moves in the DOM; keep focus on the button that moved it.
    requestAnimationFrame(() => document.getElementById(`move-${direction}-${quoteId}`)?.focus())
  }

  const remove = (quoteId: string) => {
    useBookmarksStore.getState().removeBookmark(quoteId)
    collectionHeadingRef.current?.focus()
  }

  const count = all.length

  return (
    <div>
      <PageHeading eyebrow={t('page.eyebrow')}>{t('page.heading')}</PageHeading>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        {count === 0 ? t('page.introEmpty') : `${t('page.intro', { count })} `}
        {count > 0 ? (
          <a href="#collection-tools" className={textLinkClass}>
            {t('page.toolsLink')}
          </a>
        ) : null}
      </p>

      <div className="mt-4">
        <IgnoredParamsNotice />
        <StorageNotices onExport={() => exportJson(sort)} />
        <KeptElsewhereNotice model={model} />
      </div>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby={collectionHeadingId} className="min-w-0">
          <h2
            id={collectionHeadingId}
            ref={collectionHeadingRef}
            tabIndex={-1}
            className="font-serif text-2xl font-semibold outline-none"
          >
            {filtered
              ? t('list.showing', { shown: visible.length, total: count })
              : t('list.count', { count })}
          </h2>
          <UndoToast returnFocusTo={() => collectionHeadingRef.current} />

          {count > 0 ? (
            <div className="mt-3 flex flex-wrap items-end gap-3">
              <SelectField
                label={t('sort.label')}
                value={sort}
                onChange={(value) => useBookmarksStore.getState().setSort(value as BookmarkSort)}
              >
                {SORTS.map((key) => (
                  <option key={key} value={key}>
                    {t(`sort.${key}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t('filter.session')}
                value={filter.sessions[0] ?? ''}
                onChange={(value) =>
                  onSearchChange({ ...search, session: value ? [value] : undefined })
                }
              >
                <option value="">{t('filter.allSessions')}</option>
                {sessionOptions.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <SelectField
                label={t('filter.topic')}
                value={filter.topics[0] ?? ''}
                onChange={(value) =>
                  onSearchChange({ ...search, topic: value ? [value] : undefined })
                }
              >
                <option value="">{t('filter.allTopics')}</option>
                {topicOptions.map(([id, label]) => (
                  <option key={id} value={id}>
                    {label}
                  </option>
                ))}
              </SelectField>
              {filtered ? (
                <button type="button" className={buttonClass} onClick={() => onSearchChange({})}>
                  {t('filter.showAll')}
                </button>
              ) : null}
            </div>
          ) : null}
          {count > 0 && sort !== 'custom' ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {t('sort.customHint')}
            </p>
          ) : null}

          {count === 0 ? (
            <div className="mt-4 max-w-prose space-y-2 rounded-lg border border-dashed border-slate-400 p-5 dark:border-slate-600">
              <p>{t('empty.none')}</p>
              <p>
                {renderRichText(t('empty.howTo'), {
                  0: <strong />,
                  1: <Link to="/quotes" className={textLinkClass} />,
                })}
              </p>
            </div>
          ) : visible.length === 0 ? (
            <p className="mt-4">{t('empty.noMatch')}</p>
          ) : (
            <BookmarkList
              items={visible}
              renderItem={(item, index) => (
                <BookmarkItem
                  item={item}
                  model={model}
                  position={index}
                  total={visible.length}
                  movable={sort === 'custom'}
                  onMove={move}
                  onRemove={remove}
                />
              )}
            />
          )}
          {count > 0 ? (
            <ClearAll count={count} onCleared={() => collectionHeadingRef.current?.focus()} />
          ) : null}
        </section>

        <aside id="collection-tools" aria-label={t('tools.label')} className="space-y-8">
          <ToolSection title={t('tools.share')}>
            <SharePanel ids={visible.map((item) => item.bookmark.quoteId)} filtered={filtered} />
          </ToolSection>
          <ToolSection title={t('tools.export')}>
            <ExportPanel model={model} sort={sort} />
          </ToolSection>
          <ToolSection title={t('tools.import')}>
            <ImportPanel model={model} />
          </ToolSection>
          <ToolSection title={t('tools.savedViews')}>
            <SavedViewsList />
          </ToolSection>
        </aside>
      </div>
    </div>
  )
}

function ToolSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

function SelectField({
  label,
  value,
  onChange,
  children,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  children: ReactNode
}) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`mt-1 ${fieldClass} w-auto max-w-full pr-8`}
      >
        {children}
      </select>
    </div>
  )
}

function ClearAll({ count, onCleared }: { count: number; onCleared: () => void }) {
  const t = useT(bookmarksMessages)
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)
  // Focus follows the question: onto "Yes" when it appears, back to the trigger if declined.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (wasConfirming.current) triggerRef.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])
  return (
    <div className="mt-8 flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      {confirming ? (
        <>
          <span className="text-sm">{t('clear.ask', { count })}</span>
          <button
            ref={confirmRef}
            type="button"
            className={dangerButtonClass}
            onClick={() => {
              useBookmarksStore.getState().clearAll()
              setConfirming(false)
              onCleared()
            }}
          >
            {t('clear.yes')}
          </button>
          <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
            {t('clear.no')}
          </button>
        </>
      ) : (
        <button
          ref={triggerRef}
          type="button"
          className={dangerButtonClass}
          onClick={() => setConfirming(true)}
        >
          {t('clear.start')}
        </button>
      )}
    </div>
  )
}

/**
 * A bookmark removed here came back because another tab was writing a note on it: say so,
 * rather than let it reappear without a word.
 */
function KeptElsewhereNotice({ model }: { model: CorpusModel }) {
  const t = useT(bookmarksMessages)
  const { list } = useCorpusTerms()
  const kept = useBookmarksStore((s) => s.keptElsewhere)
  const bookmarks = useBookmarksStore((s) => s.bookmarks)
  const present = kept.filter((id) => bookmarks[id])
  if (present.length === 0) return null
  const names = present.map((id) => {
    const text = bookmarks[id]?.snapshot?.text ?? model.quoteById.get(id)?.text
    return text ? `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”` : t('quote.byId', { id })
  })
  return (
    <Notice tone="info" role="status" className="mt-3" title={t('keptElsewhere.title')}>
      <p className="break-words">
        {t('keptElsewhere.text', { count: present.length, names: list(names) })}
      </p>
      <button
        type="button"
        className={buttonClass}
        onClick={() => useBookmarksStore.getState().dismissKept()}
      >
        {t('keptElsewhere.ok')}
      </button>
    </Notice>
  )
}
