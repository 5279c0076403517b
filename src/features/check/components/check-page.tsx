import { Link } from '@tanstack/react-router'
import { Suspense, use, useId, useMemo, useState, type FormEvent } from 'react'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import {
  checkText,
  explainVerdict,
  fitsInLink,
  mayBeCut,
  MAX_CHECK_CHARS,
  MAX_CHECK_URL_CHARS,
  type CheckCorpus,
  type CheckMatch,
  type CheckResult,
  type Verdict,
} from '@/domain/check/check-text'
import { paragraphAround } from '@/domain/corpus/document'
import { formatDate, sourceKindLabel } from '@/domain/corpus/format'
import type { CorpusModel } from '@/domain/corpus/model'
import { sharedWordRatio, wordDiff } from '@/domain/corpus/word-diff'
import { KindLabel } from '@/components/corpus/kind-label'
import { SessionBadge } from '@/components/corpus/session-badge'
import { StatementText } from '@/components/corpus/statement-text'
import { WordComparison, WordComparisonLegend } from '@/components/corpus/word-comparison'
import { SessionLink, SourceLink } from '@/components/corpus/corpus-links'
import { useDocumentTitle } from '@/hooks/use-document-title'

const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
const buttonClass =
  'rounded bg-cyan-800 px-4 py-2 font-medium text-white hover:bg-cyan-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-cyan-800 dark:bg-cyan-700 dark:hover:bg-cyan-600'

export const VERDICT_LABELS: Record<Verdict, string> = {
  verbatim: 'Verbatim',
  paraphrase: 'Close paraphrase',
  related: 'Related',
  'not-found': 'Not found',
}

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
  const style = VERDICT_STYLE[verdict]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${style.className}`}
    >
      <span aria-hidden="true">{style.sign}</span>
      {VERDICT_LABELS[verdict]}
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
  /** How the page names what it searched ("the corpus", "the corpus and your documents"). */
  scope?: string
}

/** "Did he say that?": paste a text, get the closest statements and a verdict. */
export function CheckPage({
  model,
  text,
  onTextChange,
  corpora,
  scope = 'the corpus',
}: CheckPageProps) {
  useDocumentTitle('Did he say that? Check a quotation')
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
        <PageHeading eyebrow="Check a quotation">Did he say that?</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          Paste a sentence or a paragraph from anywhere: an article, a post, a speech. You get the
          closest statements in {scope} and a verdict: <strong>verbatim</strong>,{' '}
          <strong>close paraphrase</strong>, <strong>related</strong> or <strong>not found</strong>.
        </p>
      </header>

      <form onSubmit={submit} className="max-w-3xl space-y-3" aria-label="Check a text">
        <label htmlFor={fieldId} className="block font-medium">
          Text to check
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
          Up to {MAX_CHECK_CHARS.toLocaleString('en')} characters. Texts up to{' '}
          {MAX_CHECK_URL_CHARS.toLocaleString('en')} characters are kept in the address bar, so the
          check can be shared as a link.
        </p>
        <button type="submit" className={buttonClass}>
          Check
        </button>
      </form>

      {longText !== null ? (
        <p
          role="note"
          className="max-w-3xl rounded border border-amber-700 p-3 dark:border-amber-400"
        >
          This text is {longText.length.toLocaleString('en')} characters long, more than a link can
          carry ({MAX_CHECK_URL_CHARS.toLocaleString('en')}), so the address bar does not hold it:
          to share this check, share the text itself.
        </p>
      ) : text !== undefined && mayBeCut(text) ? (
        <p
          role="note"
          className="max-w-3xl rounded border border-amber-700 p-3 dark:border-amber-400"
        >
          The link held {MAX_CHECK_URL_CHARS.toLocaleString('en')} characters, the most a link
          carries, so its text may have been cut: the check below is of what arrived.
        </p>
      ) : null}

      {checked.trim() !== '' ? (
        <Suspense
          fallback={
            <p role="status" className="text-slate-700 dark:text-slate-300">
              Loading the statements to compare with…
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
  scope: string
}) {
  const loaded = use(corpora)
  const result = useMemo(() => checkText(text, loaded), [text, loaded])
  return <CheckResultView model={model} result={result} scope={scope} />
}

function namesOf(model: CorpusModel, match: CheckMatch | undefined) {
  if (!match) return undefined
  const session = model.sessionById.get(match.quote.sessionId)
  return {
    speaker: model.speakerById.get(match.quote.speakerId)?.name ?? 'an unknown speaker',
    session: session ? `${session.roman} session` : `session ${match.quote.sessionId}`,
    source: model.sourceById.get(match.quote.sourceId)?.title ?? match.quote.sourceId,
  }
}

export function CheckResultView({
  model,
  result,
  scope,
}: {
  model: CorpusModel
  result: CheckResult
  scope: string
}) {
  const best = result.matches[0]
  return (
    <div className="space-y-8">
      <section
        aria-labelledby="check-verdict"
        className="max-w-3xl space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      >
        <h2 id="check-verdict" className={h2Class}>
          Verdict: <VerdictBadge verdict={result.verdict} />
        </h2>
        <p data-testid="check-explanation" className="text-lg">
          {explainVerdict(best, namesOf(model, best), scope)}
        </p>
        {result.truncated ? (
          <p className="text-sm">
            Only the first {MAX_CHECK_CHARS.toLocaleString('en')} characters were checked.
          </p>
        ) : null}
      </section>

      {result.matches.length > 0 ? (
        <section aria-labelledby="check-matches" className="space-y-4">
          <h2 id="check-matches" className={h2Class}>
            Closest statements ({result.matches.length})
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
            Your document
          </span>
        ) : null}
      </div>
      <h3 id={headingId} className="mt-2 font-semibold">
        {speaker?.name ?? 'Unknown speaker'}
        {session ? (
          <span className="font-normal">
            {' '}
            · <SessionLink session={session} />
          </span>
        ) : null}
      </h3>
      <div className="mt-3">
        <StatementText kind={quote.kind}>{quote.text}</StatementText>
      </div>
      {source ? (
        <p className="mt-3 text-sm">
          Source: <SourceLink source={source} quoteId={quote.id} /> ({sourceKindLabel(source.kind)},{' '}
          {formatDate(source.date)}), statement {quote.order + 1} of the document
        </p>
      ) : null}
      {match.verdict === 'verbatim' && source ? (
        <Place source={source} match={match} />
      ) : match.verdict === 'paraphrase' ? (
        <Differences match={match} />
      ) : null}
      <p className="mt-3 text-sm">
        <Link to="/quotes/$quoteId" params={{ quoteId: quote.id }} className={textLinkClass}>
          Open this statement
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
  const context = paragraphAround(source, match.quote)
  return (
    <figure className="mt-3 rounded bg-slate-50 p-3 dark:bg-slate-950">
      <figcaption className="text-sm font-medium text-slate-700 dark:text-slate-300">
        In its paragraph{context.heading ? <> under “{context.heading}”</> : null}:
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
  const tokens = wordDiff(match.compared.trim(), match.quote.text)
  const shared = Math.round(sharedWordRatio(tokens) * 100)
  return (
    <div className="mt-4 space-y-2 border-t border-slate-200 pt-3 dark:border-slate-800">
      <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Word by word against your text ({shared}% of words in common):
      </p>
      <WordComparisonLegend fromLabel="your text" toLabel="the statement" />
      <WordComparison tokens={tokens} fromLabel="your text" toLabel="the statement" />
    </div>
  )
}
