import { Link } from '@tanstack/react-router'
import { useId, type ReactNode } from 'react'
import { originOf, type CorpusModel } from '@/domain/corpus/model'
import type { Quote } from '@/domain/corpus/schema'
import { languageOf } from '@/domain/language/languages'
import { useCorpusTerms } from './use-corpus-terms'
import { textLinkClass } from '@/components/text-link-class'
import { KindLabel } from './kind-label'
import { SessionBadge } from './session-badge'
import { StatementText } from './statement-text'
import { TopicLinks, SourceLink } from './corpus-links'
import { WorkspaceMark } from './workspace-mark'

export interface QuoteCardProps {
  quote: Quote
  model: CorpusModel
  /** Replaces the plain text, e.g. with search matches wrapped in <mark>. */
  highlightedText?: ReactNode
  /** The level of the card's heading (the speaker line), to fit the page's outline. */
  headingLevel?: 2 | 3 | 4
  showSession?: boolean
  showSource?: boolean
  /**
   * What the reader can do with the statement (e.g. a bookmark toggle), shown at the card's
   * foot beside the link to the statement: the caller's feature supplies it, so this shared
   * card depends on no feature.
   */
  actions?: ReactNode
}

/**
 * One statement as a card: verbatim text, who said it, in which session, which source
 * reports it and where, its topics, how many other sources corroborate it, and the caller's
 * actions (a bookmark toggle, wherever the app shows a card).
 */
export function QuoteCard({
  quote,
  model,
  highlightedText,
  headingLevel = 3,
  showSession = true,
  showSource = true,
  actions,
}: QuoteCardProps) {
  const { t, speakerName, speakerRole } = useCorpusTerms()
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const speaker = model.speakerById.get(quote.speakerId)
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const corroborations = quote.corroboratedBy.length
  const origin = originOf(model, quote.sourceId)

  return (
    <article
      aria-labelledby={headingId}
      data-quote-id={quote.id}
      data-origin={origin}
      className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <Heading id={headingId} className="min-w-0 text-base leading-snug">
          <span className="font-semibold text-slate-950 dark:text-white">
            {speaker ? speakerName(speaker) : t('quote.unknownSpeaker')}
          </span>
          {speaker?.role ? (
            <span className="font-normal text-slate-600 dark:text-slate-400">
              , {speakerRole(speaker)}
            </span>
          ) : null}
        </Heading>
        <div className="flex flex-wrap items-center gap-2">
          {showSession && session ? (
            <SessionBadge session={session} sessions={model.sessions} />
          ) : null}
          <KindLabel kind={quote.kind} />
          {origin === 'workspace' ? <WorkspaceMark /> : null}
        </div>
      </div>

      <div className="mt-3" lang={languageOf(source?.language)}>
        <StatementText kind={quote.kind}>{highlightedText ?? quote.text}</StatementText>
      </div>

      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {showSource && source ? (
          <>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('quote.source')}</dt>
            <dd className="min-w-0">
              <SourceLink source={source} quoteId={quote.id} withKind />
            </dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600 dark:text-slate-400">
          {t('quote.corroboratedBy')}
        </dt>
        <dd>{t('quote.corroborations', { count: corroborations })}</dd>
        {quote.topicIds.length > 0 ? (
          <>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('quote.topics')}</dt>
            <dd>
              <TopicLinks topicIds={quote.topicIds} model={model} />
            </dd>
          </>
        ) : null}
      </dl>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-3 dark:border-slate-800">
        <Link
          to="/quotes/$quoteId"
          params={{ quoteId: quote.id }}
          className={`${textLinkClass} text-sm font-medium`}
        >
          {t('quote.open')}
        </Link>
        {actions}
      </div>
    </article>
  )
}
