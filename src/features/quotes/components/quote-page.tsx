import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { absoluteUrl, citationText } from '@/domain/corpus/citation'
import { paragraphAround } from '@/domain/corpus/document'
import { formatDate, plural, sourceKindLabel } from '@/domain/corpus/format'
import { quotesByIds } from '@/domain/corpus/grouping'
import type { CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { sharedWordRatio, wordDiff } from '@/domain/corpus/word-diff'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { CiteFormats } from './cite-formats'
import { CopyButton } from './copy-button'
import { KindLabel } from '@/components/corpus/kind-label'
import { QuoteCard } from '@/components/corpus/quote-card'
import { SessionBadge } from '@/components/corpus/session-badge'
import { StatementText } from '@/components/corpus/statement-text'
import { WordComparison, WordComparisonLegend } from '@/components/corpus/word-comparison'
import { SessionLink, TopicLinks } from '@/components/corpus/corpus-links'

const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
const dtClass = 'text-sm font-medium text-slate-600 dark:text-slate-400'

function snippet(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max).replace(/\s+\S*$/, '')}…` : text
}

/** The canonical address of a statement, under the base path the app is served from. */
function quoteUrl(quoteId: string): string {
  return absoluteUrl(window.location.origin, import.meta.env.BASE_URL, `/quotes/${quoteId}`)
}

/**
 * One statement: verbatim, who said it where, highlighted in its paragraph, the other
 * sources that report it (with a word-level comparison), its echoes, and ways to cite it.
 */
export function QuotePage({ model, quote }: { model: CorpusModel; quote: Quote }) {
  const speaker = model.speakerById.get(quote.speakerId)
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const speakerName = speaker?.name ?? 'Unknown speaker'
  useDocumentTitle(
    `“${snippet(quote.text)}” (${speakerName}${session ? `, ${session.roman} session` : ''})`,
  )
  const corroborations = quotesByIds(model, quote.corroboratedBy)
  const echoes = quotesByIds(model, quote.echoes)
  const context = source ? paragraphAround(source, quote) : null

  return (
    <div className="space-y-10">
      <header className="space-y-4">
        <PageHeading
          eyebrow={`${quote.kind === 'direct' ? 'Direct quote' : 'Reported statement'}${session ? ` · ${session.roman} session` : ''}`}
        >
          Statement by {speakerName}
        </PageHeading>
        <div className="flex flex-wrap items-center gap-2">
          {session ? <SessionBadge session={session} sessions={model.sessions} /> : null}
          <KindLabel kind={quote.kind} />
        </div>
        <StatementText kind={quote.kind} size="xl">
          {quote.text}
        </StatementText>
        {quote.kind === 'reported' ? (
          <p className="max-w-prose text-sm text-slate-700 dark:text-slate-300">
            Reported: these are the source’s words about what {speakerName} said, not a quotation of
            the speaker.
          </p>
        ) : null}
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <aside
          aria-label="About this statement"
          className="space-y-6 lg:col-start-2 lg:row-start-1"
        >
          <dl className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div>
              <dt className={dtClass}>Speaker</dt>
              <dd>
                <span className="font-semibold">{speakerName}</span>
                {speaker?.role ? <span className="block text-sm">{speaker.role}</span> : null}
              </dd>
            </div>
            <div>
              <dt className={dtClass}>Kind</dt>
              <dd>{quote.kind === 'direct' ? 'Direct quote' : 'Reported'}</dd>
            </div>
            {session ? (
              <div>
                <dt className={dtClass}>Session</dt>
                <dd>
                  <SessionLink session={session} withPlace />
                </dd>
              </div>
            ) : null}
            {source ? (
              <div>
                <dt className={dtClass}>Source</dt>
                <dd>
                  <Link
                    to="/sources/$sourceId"
                    params={{ sourceId: source.id }}
                    hash={`q-${quote.id}`}
                    className={textLinkClass}
                  >
                    {source.title}
                  </Link>
                  <span className="block text-sm text-slate-700 dark:text-slate-300">
                    {sourceKindLabel(source.kind)}, {formatDate(source.date)}
                  </span>
                </dd>
              </div>
            ) : null}
            {quote.topicIds.length > 0 ? (
              <div>
                <dt className={dtClass}>Topics</dt>
                <dd>
                  <TopicLinks topicIds={quote.topicIds} model={model} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className={dtClass}>Corroborated by</dt>
              <dd>
                {corroborations.length === 0
                  ? 'no other source'
                  : plural(corroborations.length, 'other source')}
              </dd>
            </div>
          </dl>
          <section aria-labelledby="quote-share" className="space-y-3">
            <h2 id="quote-share" className="text-base font-semibold">
              Share and cite
            </h2>
            <CopyButton
              label="Copy link"
              copiedMessage="Link copied."
              getText={() => quoteUrl(quote.id)}
            />
            <CopyButton
              label="Copy citation"
              copiedMessage="Citation copied."
              getText={() => citationText(model, quote, quoteUrl(quote.id))}
            />
            <CiteFormats model={model} quote={quote} />
            <BookmarkToggle quoteId={quote.id} />
          </section>
        </aside>

        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          {source && context ? (
            <section aria-labelledby="quote-context">
              <h2 id="quote-context" className={h2Class}>
                In its source
              </h2>
              <figure className="mt-3 max-w-prose rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
                <figcaption className="text-sm text-slate-700 dark:text-slate-300">
                  <cite className="font-medium not-italic">{source.title}</cite> (
                  {sourceKindLabel(source.kind)})
                  {context.heading ? <> · under “{context.heading}”</> : null}
                </figcaption>
                <p className="mt-2 font-serif text-lg leading-relaxed">
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
                  Read the full source at this place
                </Link>
              </p>
            </section>
          ) : null}

          <section aria-labelledby="quote-corroborations" className="space-y-4">
            <h2 id="quote-corroborations" className={h2Class}>
              Other sources reporting this ({corroborations.length})
            </h2>
            {corroborations.length === 0 ? (
              <p className="max-w-prose text-slate-700 dark:text-slate-300">
                No other document in the corpus reports this statement, so it rests on this source
                alone.
              </p>
            ) : (
              <>
                <WordComparisonLegend fromLabel="this statement" toLabel="the other source" />
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
              Echoes from the other session ({echoes.length})
            </h2>
            {echoes.length === 0 ? (
              <p className="max-w-prose text-slate-700 dark:text-slate-300">
                No statement from another session makes the same point.
              </p>
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
              className={textLinkClass}
            >
              {source.title}
            </Link>
          ) : (
            'Unknown source'
          )}
          {source ? (
            <span className="block text-sm font-normal text-slate-700 dark:text-slate-300">
              {sourceKindLabel(source.kind)}, {formatDate(source.date)}
            </span>
          ) : null}
        </h3>
        <KindLabel kind={other.kind} />
      </div>
      <div className="mt-3">
        <StatementText kind={other.kind}>{other.text}</StatementText>
      </div>
      <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-800">
        <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
          Word by word against this statement ({shared}% of words in common):
        </p>
        <div className="mt-1 text-base">
          <WordComparison tokens={tokens} fromLabel="this statement" toLabel="the other source" />
        </div>
      </div>
      <p className="mt-3 text-sm">
        <Link to="/quotes/$quoteId" params={{ quoteId: other.id }} className={textLinkClass}>
          Open this statement
        </Link>
      </p>
    </article>
  )
}
