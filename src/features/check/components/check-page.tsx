import { languageOf } from '@/domain/language/languages'
import { Link } from '@tanstack/react-router'
import { Suspense, use, useId, useMemo, useState, type FormEvent } from 'react'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import {
  checkText,
  fitsInLink,
  mayBeCut,
  MAX_CHECK_CHARS,
  MAX_CHECK_URL_CHARS,
  type CheckCorpus,
  type CheckMatch,
  type CheckResult,
  type Verdict,
  verdictReason,
} from '@/domain/check/check-text'
import { paragraphAround } from '@/domain/corpus/document'
import type { CorpusModel } from '@/domain/corpus/model'
import { sharedWordRatio, wordDiff } from '@/domain/corpus/word-diff'
import { KindLabel } from '@/components/corpus/kind-label'
import { SessionBadge } from '@/components/corpus/session-badge'
import { StatementText } from '@/components/corpus/statement-text'
import { WordComparison, WordComparisonLegend } from '@/components/corpus/word-comparison'
import { SessionLink, SourceLink } from '@/components/corpus/corpus-links'
import { useDocumentTitle } from '@/hooks/use-document-title'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { viewMessages } from '@/components/corpus/view-messages'
import { useT } from '@/i18n/catalog'
import { renderRichText } from '@/i18n/rich-text'
import { checkMessages } from '../messages'

const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
const buttonClass =
  'rounded bg-cyan-800 px-4 py-2 font-medium text-white hover:bg-cyan-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-cyan-800 dark:bg-cyan-700 dark:hover:bg-cyan-600'

/** What /check searched: the corpus, or the corpus with the user's own documents. */
export type CheckScope = 'corpus' | 'workspace'

/** Each verdict has its own word and sign, so colour is never the only carrier. */
const VERDICT_STYLE: Record<Verdict, { sign: string; className: string }> = {
  verbatim: {
    sign: '=',
    className:
      'border-emerald-800 bg-emerald-50 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
  },
  paraphrase: {
    sign: '≈',
    className:
      'border-cyan-800 bg-cyan-50 text-cyan-950 dark:border-cyan-400 dark:bg-cyan-950 dark:text-cyan-100',
  },
  related: {
    sign: '~',
    className:
      'border-amber-800 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  },
  'not-found': {
    sign: '∅',
    className:
      'border-slate-600 bg-slate-50 text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100',
  },
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT(checkMessages)
  const style = VERDICT_STYLE[verdict]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${style.className}`}
    >
      <span aria-hidden="true">{style.sign}</span>
      {t(`verdict.${verdict}`)}
    </span>
  )
}

export interface CheckPageProps {
  model: CorpusModel
  /** The text from the address bar, if any. */
  text: string | undefined
  /** Puts a text into the address bar (undefined clears it). */
  onTextChange: (text: string | undefined) => void
  /** The statements to check against: the corpus, and the user's documents once loaded. */
  corpora: Promise<readonly CheckCorpus[]>
  /** What it searched, which the page names: the corpus, or with the user's documents too. */
  scope?: CheckScope
}

/** "Did he say that?": paste a text, get the closest statements and a verdict. */
export function CheckPage({
  model,
  text,
  onTextChange,
  corpora,
  scope = 'corpus',
}: CheckPageProps) {
  const t = useT(checkMessages)
  const { locale } = useCorpusTerms()
  const number = (n: number) => n.toLocaleString(locale)
  useDocumentTitle(t('page.title'))
  // A text too long for a link is checked from here; the address bar then holds none.
  const [longText, setLongText] = useState<string | null>(null)
  const checked = longText ?? text ?? ''
  const [draft, setDraft] = useState(checked)
  const fieldId = useId()
  const helpId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const value = draft.trim()
    if (value === '') {
      setLongText(null)
      onTextChange(undefined)
    } else if (fitsInLink(value)) {
      setLongText(null)
      onTextChange(value)
    } else {
      setLongText(value)
      onTextChange(undefined)
    }
  }

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageHeading eyebrow={t('page.eyebrow')}>{t('page.heading')}</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          {renderRichText(t('page.intro', { scope }), {
            0: <strong />,
            1: <strong />,
            2: <strong />,
            3: <strong />,
          })}
        </p>
      </header>

      <form onSubmit={submit} className="max-w-3xl space-y-3" aria-label={t('form.label')}>
        <label htmlFor={fieldId} className="block font-medium">
          {t('form.field')}
        </label>
        <textarea
          id={fieldId}
          aria-describedby={helpId}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          rows={6}
          className="block w-full rounded border border-slate-400 bg-white p-3 font-serif text-lg dark:border-slate-600 dark:bg-slate-900"
        />
        <p id={helpId} className="text-sm text-slate-700 dark:text-slate-300">
          {t('form.help', { max: number(MAX_CHECK_CHARS), linkMax: number(MAX_CHECK_URL_CHARS) })}
        </p>
        <button type="submit" className={buttonClass}>
          {t('form.submit')}
        </button>
      </form>

      {longText !== null ? (
        <p
          role="note"
          className="max-w-3xl rounded border border-amber-700 p-3 dark:border-amber-400"
        >
          {t('note.tooLong', {
            length: number(longText.length),
            linkMax: number(MAX_CHECK_URL_CHARS),
          })}
        </p>
      ) : text !== undefined && mayBeCut(text) ? (
        <p
          role="note"
          className="max-w-3xl rounded border border-amber-700 p-3 dark:border-amber-400"
        >
          {t('note.mayBeCut', { linkMax: number(MAX_CHECK_URL_CHARS) })}
        </p>
      ) : null}

      {checked.trim() !== '' ? (
        <Suspense
          fallback={
            <p role="status" className="text-slate-700 dark:text-slate-300">
              {t('loading')}
            </p>
          }
        >
          <CheckAnswer model={model} text={checked} corpora={corpora} scope={scope} />
        </Suspense>
      ) : null}
    </div>
  )
}

function CheckAnswer({
  model,
  text,
  corpora,
  scope,
}: {
  model: CorpusModel
  text: string
  corpora: Promise<readonly CheckCorpus[]>
  scope: CheckScope
}) {
  const loaded = use(corpora)
  const result = useMemo(() => checkText(text, loaded), [text, loaded])
  return <CheckResultView model={model} result={result} scope={scope} />
}

/** The verdict in one sentence, for the best match (or for none), in the interface language. */
function Explanation({
  model,
  match,
  scope,
}: {
  model: CorpusModel
  match: CheckMatch | undefined
  scope: CheckScope
}) {
  const t = useT(checkMessages)
  const { speakerName } = useCorpusTerms()
  const { reason, overlap } = verdictReason(match)
  if (!match || reason === 'not-found') return t('explain.not-found', { scope })
  const speaker = model.speakerById.get(match.quote.speakerId)
  return t(`explain.${reason}`, {
    speaker: speaker ? speakerName(speaker) : t('explain.unknownSpeaker'),
    roman: model.sessionById.get(match.quote.sessionId)?.roman ?? match.quote.sessionId,
    source: model.sourceById.get(match.quote.sourceId)?.title ?? match.quote.sourceId,
    overlap,
  })
}

export function CheckResultView({
  model,
  result,
  scope,
}: {
  model: CorpusModel
  result: CheckResult
  scope: CheckScope
}) {
  const t = useT(checkMessages)
  const { locale } = useCorpusTerms()
  const best = result.matches[0]
  return (
    <div className="space-y-8">
      <section
        aria-labelledby="check-verdict"
        className="max-w-3xl space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="check-verdict" className={h2Class}>
          {t('verdict.heading')} <VerdictBadge verdict={result.verdict} />
        </h2>
        <p data-testid="check-explanation" className="text-lg">
          <Explanation model={model} match={best} scope={scope} />
        </p>
        {result.truncated ? (
          <p className="text-sm">
            {t('verdict.truncated', { max: MAX_CHECK_CHARS.toLocaleString(locale) })}
          </p>
        ) : null}
      </section>

      {result.matches.length > 0 ? (
        <section aria-labelledby="check-matches" className="space-y-4">
          <h2 id="check-matches" className={h2Class}>
            {t('matches.heading', { count: result.matches.length })}
          </h2>
          <ol className="space-y-6">
            {result.matches.map((match) => (
              <li key={match.quote.id}>
                <MatchCard model={model} match={match} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  )
}

function MatchCard({ model, match }: { model: CorpusModel; match: CheckMatch }) {
  const t = useT(checkMessages)
  const terms = useCorpusTerms()
  const { quote } = match
  const speaker = model.speakerById.get(quote.speakerId)
  const session = model.sessionById.get(quote.sessionId)
  const source = model.sourceById.get(quote.sourceId)
  const headingId = `match-${quote.id}`
  return (
    <article
      aria-labelledby={headingId}
      data-match-id={quote.id}
      className="max-w-3xl rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <VerdictBadge verdict={match.verdict} />
        {session ? <SessionBadge session={session} sessions={model.sessions} /> : null}
        <KindLabel kind={quote.kind} />
        {match.origin === 'workspace' ? (
          <span className="rounded border border-violet-800 px-1.5 py-0.5 text-xs font-semibold text-violet-900 dark:border-violet-300 dark:text-violet-200">
            {t('match.yourDocument')}
          </span>
        ) : null}
      </div>
      <h3 id={headingId} className="mt-2 font-semibold">
        {speaker ? terms.speakerName(speaker) : terms.t('quote.unknownSpeaker')}
        {session ? (
          <span className="font-normal">
            {' '}
            · <SessionLink session={session} />
          </span>
        ) : null}
      </h3>
      <div className="mt-3" lang={languageOf(source?.language)}>
        <StatementText kind={quote.kind}>{quote.text}</StatementText>
      </div>
      {source ? (
        <p className="mt-3 text-sm">
          {renderRichText(
            t('match.source', {
              title: source.title,
              kind: terms.sourceKindName(source.kind),
              date: terms.date(source.date),
              n: quote.order + 1,
            }),
            { 0: <SourceLink source={source} quoteId={quote.id} /> },
          )}
        </p>
      ) : null}
      {match.verdict === 'verbatim' && source ? (
        <Place source={source} match={match} />
      ) : match.verdict === 'paraphrase' ? (
        <Differences match={match} />
      ) : null}
      <p className="mt-3 text-sm">
        <Link to="/quotes/$quoteId" params={{ quoteId: quote.id }} className={textLinkClass}>
          {t('match.open')}
        </Link>
      </p>
    </article>
  )
}

function Place({
  source,
  match,
}: {
  source: Parameters<typeof paragraphAround>[0]
  match: CheckMatch
}) {
  const t = useT(checkMessages)
  const context = paragraphAround(source, match.quote)
  return (
    <figure className="mt-3 rounded bg-slate-50 p-3 dark:bg-slate-950">
      <figcaption className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {context.heading ? t('match.placeUnder', { heading: context.heading }) : t('match.place')}
      </figcaption>
      <p className="mt-1 font-serif leading-relaxed">
        {context.before}
        <mark className="px-0.5">{context.match}</mark>
        {context.after}
      </p>
    </figure>
  )
}

function Differences({ match }: { match: CheckMatch }) {
  const t = useT(checkMessages)
  const views = useT(viewMessages)
  const yours = views('compare.yourText')
  const theirs = views('compare.theStatement')
  const tokens = wordDiff(match.compared.trim(), match.quote.text)
  const shared = Math.round(sharedWordRatio(tokens) * 100)
  return (
    <div className="mt-4 space-y-2 border-t border-slate-200 pt-3 dark:border-slate-800">
      <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {t('match.wordByWord', { shared })}
      </p>
      <WordComparisonLegend fromLabel={yours} toLabel={theirs} />
      <WordComparison tokens={tokens} fromLabel={yours} toLabel={theirs} />
    </div>
  )
}
