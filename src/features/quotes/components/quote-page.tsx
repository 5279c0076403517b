import { Link } from '@tanstack/react-router'
import { useSyncExternalStore } from 'react'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { absoluteUrl, citationText } from '@/domain/corpus/citation'
import { paragraphAround } from '@/domain/corpus/document'
import { quotesByIds } from '@/domain/corpus/grouping'
import { originOf, type CorpusModel } from '@/domain/corpus/model'
import { WorkspaceMark } from '@/components/corpus/workspace-mark'
import type { Origin } from '@/domain/corpus/origin'
import type { Quote } from '@/domain/corpus/schema'
import { sharedWordRatio, wordDiff } from '@/domain/corpus/word-diff'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { CiteFormats } from './cite-formats'
import { CopyButton } from './copy-button'
import { StatementTranslations } from './statement-translations'
import { KindLabel } from '@/components/corpus/kind-label'
import { QuoteCard } from '@/components/corpus/quote-card'
import { SessionBadge } from '@/components/corpus/session-badge'
import { StatementText } from '@/components/corpus/statement-text'
import { languageOf } from '@/domain/language/languages'
import { WordComparison, WordComparisonLegend } from '@/components/corpus/word-comparison'
import { SessionLink, TopicLinks } from '@/components/corpus/corpus-links'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { viewMessages } from '@/components/corpus/view-messages'
import { useT } from '@/i18n/catalog'
import { statementMessages } from '../messages'

const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
const dtClass = 'text-sm font-medium text-slate-600 dark:text-slate-400'

function snippet(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text
}

/**
 * The canonical address of a statement, under the base path the app is served from; one of the
 * user's own documents says so (`?origin=workspace`), for whoever opens it elsewhere.
 */
function quoteUrl(quoteId: string, origin: Origin, site = window.location.origin): string {
  const path = `/quotes/${quoteId}${origin === 'workspace' ? '?origin=workspace' : ''}`
  return absoluteUrl(site, import.meta.env.BASE_URL, path)
}

const noChanges = () => () => {}
/**
 * The statement's address while rendering: in full in the browser; prerendered (no `location`
 * at build time) from the site's root. Only the printed citation shows it.
 */
function useQuoteUrl(quoteId: string, origin: Origin): string {
  return useSyncExternalStore(
    noChanges,
    () => quoteUrl(quoteId, origin),
    () => quoteUrl(quoteId, origin, ''),
  )
}

/**
 * One statement: verbatim, who said it where, highlighted in its paragraph, the other
 * sources that report it (with a word-level comparison), its echoes, and ways to cite it.
 */
export function QuotePage({ model, quote }: { model: CorpusModel; quote: Quote }) {
  const speaker = model.speakerById.get(quote.speakerId)
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const t = useT(statementMessages)
  const terms = useCorpusTerms()
  const views = useT(viewMessages)
  const speakerName = speaker ? terms.speakerName(speaker) : terms.t('quote.unknownSpeaker')
  const titled = { text: snippet(quote.text), speaker: speakerName, roman: session?.roman }
  useDocumentTitle(t(session ? 'page.titleSession' : 'page.title', titled))
  const corroborations = quotesByIds(model, quote.corroboratedBy)
  const echoes = quotesByIds(model, quote.echoes)
  const context = source ? paragraphAround(source, quote) : null
  const origin = originOf(model, quote.sourceId)
  const url = useQuoteUrl(quote.id, origin)

  return (
    <div className="space-y-10">
      <header className="space-y-4">
        <PageHeading
          eyebrow={t(session ? 'page.eyebrowSession' : 'page.eyebrow', {
            kind: quote.kind,
            roman: session?.roman,
          })}
        >
          {t('page.heading', { speaker: speakerName })}
        </PageHeading>
        <div className="flex flex-wrap items-center gap-2">
          {session ? <SessionBadge session={session} sessions={model.sessions} /> : null}
          <KindLabel kind={quote.kind} />
        </div>
        {origin === 'workspace' ? <WorkspaceMark explained /> : null}
        <div lang={languageOf(source?.language)}>
          <StatementText kind={quote.kind} size="xl">
            {quote.text}
          </StatementText>
        </div>
        {quote.kind === 'reported' ? (
          <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
            {t('page.reportedNote', { speaker: speakerName })}
          </p>
        ) : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside aria-label={t('about.label')} className="space-y-6 lg:col-start-2 lg:row-start-1">
          <dl className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div>
              <dt className={dtClass}>{t('about.speaker')}</dt>
              <dd>
                <span className="font-semibold">{speakerName}</span>
                {speaker?.role ? (
                  <span className="block text-sm">{terms.speakerRole(speaker)}</span>
                ) : null}
              </dd>
            </div>
            <div>
              <dt className={dtClass}>{t('about.kind')}</dt>
              <dd>{terms.kindName(quote.kind)}</dd>
            </div>
            {session ? (
              <div>
                <dt className={dtClass}>{t('about.session')}</dt>
                <dd>
                  <SessionLink session={session} withPlace />
                </dd>
              </div>
            ) : null}
            {source ? (
              <div>
                <dt className={dtClass}>{terms.t('quote.source')}</dt>
                <dd>
                  <Link
                    to="/sources/$sourceId"
                    params={{ sourceId: source.id }}
                    hash={`q-${quote.id}`}
                    lang={languageOf(source.language)}
                    className={textLinkClass}
                  >
                    {source.title}
                  </Link>
                  <span className="block text-sm text-slate-700 dark:text-slate-300">
                    {terms.sourceKindName(source.kind)}, {terms.date(source.date)}
                  </span>
                </dd>
              </div>
            ) : null}
            {quote.topicIds.length > 0 ? (
              <div>
                <dt className={dtClass}>{terms.t('quote.topics')}</dt>
                <dd>
                  <TopicLinks topicIds={quote.topicIds} model={model} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className={dtClass}>{terms.t('quote.corroboratedBy')}</dt>
              <dd>{terms.t('quote.corroborations', { count: corroborations.length })}</dd>
            </div>
          </dl>
          <section aria-labelledby="quote-share" className="space-y-3">
            <h2 id="quote-share" className="text-base font-semibold">
              {t('share.heading')}
            </h2>
            {/* On paper, the citation itself instead of the buttons that copy it; citations are
                written in English whatever the interface language (docs/glossary.md). */}
            <p lang="en" className="hidden print:block">
              {citationText(model, quote, url)}
            </p>
            <CopyButton
              label={t('share.copyLink')}
              copiedMessage={t('share.linkCopied')}
              getText={() => quoteUrl(quote.id, origin)}
            />
            <CopyButton
              label={t('share.copyCitation')}
              copiedMessage={t('share.citationCopied')}
              getText={() => citationText(model, quote, quoteUrl(quote.id, origin))}
            />
            <CiteFormats model={model} quote={quote} />
            <BookmarkToggle quoteId={quote.id} />
          </section>
        </aside>

        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <StatementTranslations model={model} quote={quote} headingClass={h2Class} />
          {source && context ? (
            <section aria-labelledby="quote-context">
              <h2 id="quote-context" className={h2Class}>
                {t('context.heading')}
              </h2>
              <figure className="mt-3 max-w-prose rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
                <figcaption className="text-sm text-slate-700 dark:text-slate-300">
                  <cite lang={languageOf(source.language)} className="font-medium not-italic">
                    {source.title}
                  </cite>{' '}
                  ({terms.sourceKindName(source.kind)})
                  {context.heading ? t('context.under', { heading: context.heading }) : null}
                </figcaption>
                <p
                  lang={languageOf(source.language)}
                  className="mt-2 font-serif text-lg leading-relaxed"
                >
                  {context.before}
                  <mark className="px-0.5">{context.match}</mark>
                  {context.after}
                </p>
              </figure>
              <p className="mt-3">
                <Link
                  to="/sources/$sourceId"
                  params={{ sourceId: source.id }}
                  hash={`q-${quote.id}`}
                  className={`${textLinkClass} font-medium`}
                >
                  {t('context.readFull')}
                </Link>
              </p>
            </section>
          ) : null}

          <section aria-labelledby="quote-corroborations" className="space-y-4">
            <h2 id="quote-corroborations" className={h2Class}>
              {t('corroborations.heading', { count: corroborations.length })}
            </h2>
            {corroborations.length === 0 ? (
              <p className="max-w-prose text-slate-700 dark:text-slate-300">
                {t('corroborations.none')}
              </p>
            ) : (
              <>
                <WordComparisonLegend
                  fromLabel={views('compare.thisStatement')}
                  toLabel={views('compare.otherSource')}
                />
                <ul className="space-y-4">
                  {corroborations.map((other) => (
                    <li key={other.id}>
                      <Corroboration model={model} quote={quote} other={other} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section aria-labelledby="quote-echoes" className="space-y-4">
            <h2 id="quote-echoes" className={h2Class}>
              {t('echoes.heading', { count: echoes.length })}
            </h2>
            {echoes.length === 0 ? (
              <p className="max-w-prose text-slate-700 dark:text-slate-300">{t('echoes.none')}</p>
            ) : (
              <ul className="space-y-4">
                {echoes.map((echo) => (
                  <li key={echo.id}>
                    <QuoteCard
                      quote={echo}
                      model={model}
                      headingLevel={3}
                      actions={<BookmarkToggle quoteId={echo.id} />}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </div>
  )
}

function Corroboration({
  model,
  quote,
  other,
}: {
  model: CorpusModel
  quote: Quote
  other: Quote
}) {
  const t = useT(statementMessages)
  const terms = useCorpusTerms()
  const views = useT(viewMessages)
  const source = model.sourceById.get(other.sourceId)
  const tokens = wordDiff(quote.text, other.text)
  const shared = Math.round(sharedWordRatio(tokens) * 100)
  return (
    <article
      aria-labelledby={`corroboration-${other.id}`}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`corroboration-${other.id}`} className="font-semibold">
          {source ? (
            <Link
              to="/sources/$sourceId"
              params={{ sourceId: source.id }}
              hash={`q-${other.id}`}
              lang={languageOf(source.language)}
              className={textLinkClass}
            >
              {source.title}
            </Link>
          ) : (
            t('corroborations.unknownSource')
          )}
          {source ? (
            <span className="block text-sm font-normal text-slate-700 dark:text-slate-300">
              {terms.sourceKindName(source.kind)}, {terms.date(source.date)}
            </span>
          ) : null}
        </h3>
        <KindLabel kind={other.kind} />
      </div>
      <div className="mt-3" lang={languageOf(source?.language)}>
        <StatementText kind={other.kind}>{other.text}</StatementText>
      </div>
      <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800">
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
          {t('corroborations.wordByWord', { shared })}
        </p>
        <div className="mt-1 text-base" lang={languageOf(source?.language)}>
          <WordComparison
            tokens={tokens}
            fromLabel={views('compare.thisStatement')}
            toLabel={views('compare.otherSource')}
          />
        </div>
      </div>
      <p className="mt-3 text-sm">
        <Link to="/quotes/$quoteId" params={{ quoteId: other.id }} className={textLinkClass}>
          {t('corroborations.open')}
        </Link>
      </p>
    </article>
  )
}
