import { Link } from '@tanstack/react-router'
import { memo, startTransition, useEffect, useId, useRef, useState } from 'react'
import { KindLabel } from '@/components/corpus/kind-label'
import { StatementText } from '@/components/corpus/statement-text'
import { useCorpusTerms } from '@/components/corpus/use-corpus-terms'
import { textLinkClass } from '@/components/text-link-class'
import { passageStatementId } from '@/domain/corpus/builder/steps/overrides'
import type { CorpusModel } from '@/domain/corpus/model'
import { QUOTE_KINDS, type Quote, type QuoteKind } from '@/domain/corpus/schema'
import type { LeftOut } from '@/domain/workspace/builder-adapter'
import type { Correction, Corrections } from '@/domain/workspace/workspace-document'
import { useT } from '@/i18n/catalog'
import type { BuildReply } from '../build-protocol'
import { createBuildClient } from '../build-client'
import type { DraftRequest } from '../draft'
import { addMessages } from '../messages'
import { buttonClass, h2Class } from './meta-form'
import { SavePanel } from './save-panel'

export interface CorrectionActions {
  /** Merges a change into the statement's correction. */
  onCorrect: (quoteId: string, change: Correction) => void
  /** Drops the statement's correction altogether. */
  onUncorrect: (quoteId: string) => void
}

const selectClass =
  'mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900'

export function Preview({
  model,
  request,
  corrections,
  actions,
  onSaved,
}: {
  model: CorpusModel
  request: DraftRequest
  corrections: Corrections
  actions: CorrectionActions
  onSaved: (id: string) => void
}) {
  const t = useT(addMessages)
  const client = useRef<ReturnType<typeof createBuildClient> | null>(null)
  useEffect(() => () => client.current?.stop(), [])
  /** The last answer, with the id of the draft it was built for (the id may have changed since). */
  const [reply, setReply] = useState<{ answer: BuildReply; draftId: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!('draft' in request)) return
    const { draft, sessions } = request
    // A short pause, so that a burst of keystrokes asks for one build.
    const timer = setTimeout(() => {
      setBusy(true)
      client.current ??= createBuildClient()
      void client.current
        .build({ corpus: model.corpus, drafts: [draft], sessions, overrides: corrections })
        .then((answer) => {
          // A long document lists hundreds of passages: rendered as a transition, which a
          // keystroke interrupts, so typing never waits for the list.
          if (answer)
            startTransition(() => {
              setReply({ answer, draftId: draft.id })
              setBusy(false)
            })
        })
    }, 150)
    return () => clearTimeout(timer)
  }, [request, model, corrections])

  if ('missing' in request)
    return (
      <section aria-labelledby="add-preview" className="max-w-3xl">
        <h2 id="add-preview" className={h2Class}>
          {t('preview.heading')}
        </h2>
        <p className="mt-2">{t(`preview.missing.${request.missing}`)}</p>
      </section>
    )
  const { draft, sessions } = request
  return (
    <>
      <section aria-labelledby="add-preview" className="space-y-4" aria-busy={busy}>
        <h2 id="add-preview" className={h2Class}>
          {t('preview.heading')}
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('preview.documentId', { id: draft.id })}
        </p>
        {busy && !reply ? <p role="status">{t('preview.building')}</p> : null}
        {reply ? (
          <PreviewResult
            model={model}
            reply={reply.answer}
            draftId={reply.draftId}
            corrections={corrections}
            actions={actions}
          />
        ) : null}
      </section>
      <SavePanel
        model={model}
        draft={draft}
        sessions={sessions}
        corrections={corrections}
        ready={reply?.answer.outcome.ok === true && !busy}
        onSaved={onSaved}
      />
    </>
  )
}

const PreviewResult = memo(function PreviewResult({
  model,
  reply,
  draftId,
  corrections,
  actions,
}: {
  model: CorpusModel
  reply: BuildReply
  /** Only the id: a new draft object on every keystroke must not render the list again. */
  draftId: string
  corrections: Corrections
  actions: CorrectionActions
}) {
  const t = useT(addMessages)
  if (!reply.outcome.ok)
    return (
      <div
        role="alert"
        className="max-w-3xl rounded border border-rose-700 p-3 dark:border-rose-400"
      >
        <p className="font-medium">{t('preview.cannotBuild')}</p>
        <ul className="mt-2 list-disc pl-5">
          {reply.outcome.problems.map((p, i) => (
            // The builder's own words, as the CLI prints them (docs/corpus.md).
            <li key={i} lang="en">
              {p.line ? `${p.line}: ` : ''}
              {p.message}. {p.hint}.
            </li>
          ))}
        </ul>
      </div>
    )
  // The drafts' statements; those they are linked to are in the published corpus (model).
  const built = reply.outcome.corpus
  const quotes = built.quotes.filter((q) => q.sourceId === draftId)
  const excluded = Object.entries(corrections)
    .filter(([, o]) => o.exclude)
    .map(([id]) => id)
  // Anyone the corpus or the draft quotes can be named as a statement's speaker.
  const published = new Set(model.corpus.speakers.map((s) => s.id))
  const speakers = [...model.corpus.speakers, ...built.speakers.filter((s) => !published.has(s.id))]
  const leftOut = reply.leftOut[draftId] ?? []
  const take = (p: LeftOut) => {
    const id = passageStatementId(draftId, quotes, p)
    actions.onCorrect(id, {
      passage: { source: draftId, start: p.start, end: p.end, text: p.text },
    })
  }
  return (
    <div className="space-y-8">
      <p role="status" data-testid="add-summary">
        {t('preview.summary', {
          statements: quotes.length,
          leftOut: leftOut.length,
          excluded: excluded.length,
          ms: Math.max(1, Math.round(reply.ms)),
        })}
      </p>
      <section aria-labelledby="add-statements" className="space-y-4">
        <h3 id="add-statements" className="text-xl font-semibold">
          {t('preview.statements', { count: quotes.length })}
        </h3>
        <ol className="max-w-3xl space-y-4">
          {quotes.map((q) => (
            <li key={q.id}>
              <DraftStatement
                model={model}
                quote={q}
                correction={corrections[q.id]}
                speakers={speakers}
                actions={actions}
              />
            </li>
          ))}
        </ol>
        {excluded.length > 0 ? (
          <ul className="max-w-3xl space-y-2">
            {excluded.map((id) => (
              <li key={id} className="flex flex-wrap items-center gap-2 text-sm">
                {t('preview.excluded')} <code>{id}</code>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => actions.onCorrect(id, { exclude: false })}
                >
                  {t('preview.includeAgain')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="add-left-out" className="space-y-3">
        <h3 id="add-left-out" className="text-xl font-semibold">
          {t('preview.leftOut', { count: leftOut.length })}
        </h3>
        <ul className="max-w-3xl space-y-2">
          {leftOut.map((p) => (
            <li
              key={p.start}
              className="rounded border border-dashed border-slate-400 p-2 dark:border-slate-600"
            >
              <p className="font-serif">{p.text}</p>
              <div className="mt-1 flex flex-wrap items-center gap-3">
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {t(`preview.why.${p.reason}`)}
                </p>
                {p.reason === 'not-attributed' ? (
                  <button type="button" className={buttonClass} onClick={() => take(p)}>
                    {t('preview.takePassage')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
})

function DraftStatement({
  model,
  quote,
  correction,
  speakers,
  actions,
}: {
  model: CorpusModel
  quote: Quote
  correction: Correction | undefined
  speakers: readonly { id: string; name: string }[]
  actions: CorrectionActions
}) {
  const t = useT(addMessages)
  const { kindName, list } = useCorpusTerms()
  const speakerId = useId()
  const kindId = useId()
  const links = [
    ...quote.corroboratedBy.map((id) => ({ id, what: t('preview.corroboratedBy') })),
    ...quote.echoes.map((id) => ({ id, what: t('preview.echoes') })),
  ].filter((l) => model.quoteById.has(l.id))
  const topicLabel = (id: string) => model.topicById.get(id)?.label ?? id
  const setTopic = (id: string, on: boolean) => {
    const next = on ? [...quote.topicIds, id] : quote.topicIds.filter((x) => x !== id)
    actions.onCorrect(quote.id, {
      topics: model.topics.map((x) => x.id).filter((x) => next.includes(x)),
    })
  }
  const taken = correction?.passage !== undefined
  return (
    <article
      data-draft-id={quote.id}
      aria-label={t('preview.statementLabel', { n: quote.order + 1 })}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <KindLabel kind={quote.kind} />
        <span className="text-sm">
          {quote.topicIds.length === 0
            ? t('preview.noTopics')
            : t('preview.topics', { topics: list(quote.topicIds.map(topicLabel)) })}
        </span>
      </div>
      <div className="mt-2">
        <StatementText kind={quote.kind}>{quote.text}</StatementText>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label htmlFor={speakerId} className="text-sm">
          <span className="block font-medium">{t('preview.speaker')}</span>
          <select
            id={speakerId}
            value={quote.speakerId}
            onChange={(e) => actions.onCorrect(quote.id, { speaker: e.target.value })}
            className={selectClass}
          >
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={kindId} className="text-sm">
          <span className="block font-medium">{t('preview.statementKind')}</span>
          <select
            id={kindId}
            value={quote.kind}
            onChange={(e) => actions.onCorrect(quote.id, { kind: e.target.value as QuoteKind })}
            className={selectClass}
          >
            {QUOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindName(k)}
              </option>
            ))}
          </select>
        </label>
        {taken ? (
          <button
            type="button"
            className={buttonClass}
            onClick={() => actions.onUncorrect(quote.id)}
          >
            {t('preview.untake')}
          </button>
        ) : (
          <button
            type="button"
            className={buttonClass}
            onClick={() => actions.onCorrect(quote.id, { exclude: true })}
          >
            {t('preview.exclude')}
          </button>
        )}
      </div>
      <TopicsEditor model={model} topicIds={quote.topicIds} onChange={setTopic} />
      {links.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm">
          {links.map((l) => (
            <li key={`${l.what}-${l.id}`}>
              {l.what}{' '}
              <Link to="/quotes/$quoteId" params={{ quoteId: l.id }} className={textLinkClass}>
                {snippet(model.quoteById.get(l.id)?.text ?? l.id)}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm">{t('preview.noLinks')}</p>
      )}
    </article>
  )
}

/**
 * The topics as checkboxes, rendered only while open: a long document lists hundreds of
 * statements, and their checkboxes would slow every rebuild's render.
 */
function TopicsEditor({
  model,
  topicIds,
  onChange,
}: {
  model: CorpusModel
  topicIds: readonly string[]
  onChange: (topicId: string, on: boolean) => void
}) {
  const t = useT(addMessages)
  const [open, setOpen] = useState(false)
  return (
    <details className="mt-3 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">{t('preview.changeTopics')}</summary>
      {open ? (
        <fieldset className="mt-2">
          <legend className="sr-only">{t('preview.topicsLegend')}</legend>
          <ul className="grid gap-1 sm:grid-cols-2">
            {model.topics.map((topic) => (
              <li key={topic.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={topicIds.includes(topic.id)}
                    onChange={(e) => onChange(topic.id, e.target.checked)}
                  />
                  {topic.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </details>
  )
}

const snippet = (text: string) =>
  text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/, '')}…` : text
