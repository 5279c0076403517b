import { Link } from '@tanstack/react-router'
import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type ReactNode,
} from 'react'
import { PageHeading } from '@/components/page-heading'
import { textLinkClass } from '@/components/text-link-class'
import { KindLabel } from '@/components/corpus/kind-label'
import { StatementText } from '@/components/corpus/statement-text'
import type { CorpusModel } from '@/domain/corpus/model'
import { SOURCE_KINDS, type Quote, type Session, type Source } from '@/domain/corpus/schema'
import type { DocumentDraft, LeftOut } from '@/domain/workspace/builder-adapter'
import {
  suggestDate,
  suggestId,
  suggestKind,
  suggestLanguage,
  suggestSession,
  suggestTitle,
  toRoman,
} from '@/domain/workspace/suggest'
import { useDocumentTitle } from '@/hooks/use-document-title'
import type { BuildReply } from '../build-protocol'
import { createBuildClient } from '../build-client'
import { ACCEPTED_FILES, readDocumentFile } from '../read-file'

const h2Class = 'font-serif text-2xl font-semibold tracking-tight'
const fieldClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900'
const buttonClass =
  'rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'

const KIND_NAMES: Record<Source['kind'], string> = {
  factsheet: 'Factsheet',
  'press-release': 'Press release',
  article: 'Article',
  transcript: 'Transcript',
}
const LEFT_OUT_REASONS: Record<LeftOut['reason'], string> = {
  title: 'the title',
  dateline: 'a dateline',
  heading: 'a heading',
  'not-attributed': 'reports nobody’s words (narration, background or the event)',
}
const NEW_SESSION = '__new__'

interface Meta {
  title: string
  date: string
  sessionId: string
  kind: Source['kind']
  language: string
  newSession: { number: string; date: string; theme: string }
}

interface Override {
  exclude?: boolean
  speaker?: string
  topics?: string[]
}

function suggestedMeta(text: string, model: CorpusModel): Meta {
  const date = suggestDate(text)
  const session = suggestSession(text, date, model.sessions)
  const existing = session?.kind === 'existing' ? model.sessionById.get(session.sessionId) : null
  return {
    title: suggestTitle(text),
    date: date ?? existing?.date ?? '',
    sessionId: session?.kind === 'new' ? NEW_SESSION : (existing?.id ?? ''),
    kind: suggestKind(text),
    language: suggestLanguage(text),
    newSession: {
      number: session?.kind === 'new' ? String(session.number) : '',
      date: date ?? '',
      theme: '',
    },
  }
}

/** Add a document: paste or drop it, confirm its metadata, review what the pipeline extracts. */
export function AddPage({ model }: { model: CorpusModel }) {
  useDocumentTitle('Add a document')
  const [text, setText] = useState('')
  const [meta, setMeta] = useState<Meta | null>(null)
  const [fileMessage, setFileMessage] = useState<string | null>(null)
  const [overrides, setOverrides] = useState<Record<string, Override>>({})
  const textId = useId()
  const fileId = useId()
  const onOverride = useCallback(
    (id: string, o: Override) => setOverrides((all) => ({ ...all, [id]: { ...all[id], ...o } })),
    [],
  )

  const take = (value: string) => {
    setText(value)
    setMeta(suggestedMeta(value, model))
    setOverrides({})
  }
  const readFile = async (file: File | undefined) => {
    if (!file) return
    try {
      take(await readDocumentFile(file))
      setFileMessage(`Read “${file.name}”.`)
    } catch (error) {
      setFileMessage(error instanceof Error ? error.message : String(error))
    }
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    void readFile(event.dataTransfer.files[0])
  }

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <PageHeading eyebrow="Your documents">Add a document</PageHeading>
        <p className="max-w-prose text-slate-700 dark:text-slate-300">
          Paste an article, a press release or a transcript, or drop a file. The same pipeline that
          builds the corpus runs here, in your browser: you see every statement it finds and every
          passage it leaves out, before anything is kept.
        </p>
      </header>

      <section
        aria-labelledby="add-text"
        className="max-w-3xl space-y-3"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
      >
        <h2 id="add-text" className={h2Class}>
          1. The text
        </h2>
        <label htmlFor={textId} className="block font-medium">
          Document text
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(e) => {
            const value = e.target.value
            setText(value)
            // Suggestions are made once (a paste into the empty field); later edits keep what
            // the user confirmed.
            if (meta === null) setMeta(suggestedMeta(value, model))
          }}
          rows={10}
          className="block w-full rounded border border-slate-400 bg-white p-3 font-serif dark:border-slate-600 dark:bg-slate-900"
        />
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor={fileId} className="font-medium">
            Or choose a file (.txt, .md, .html, .docx; or drop it here)
          </label>
          <input
            id={fileId}
            type="file"
            accept={ACCEPTED_FILES}
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="text-sm"
          />
        </div>
        {fileMessage ? (
          <p role="status" className="text-sm">
            {fileMessage}
          </p>
        ) : null}
      </section>

      {meta && text.trim() !== '' ? (
        <>
          <MetaForm model={model} meta={meta} onChange={setMeta} />
          <Preview
            model={model}
            text={text}
            meta={meta}
            overrides={overrides}
            onOverride={onOverride}
          />
        </>
      ) : null}
    </div>
  )
}

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <div>
      <label className="block">
        <span className="font-medium">{label}</span>
        {children}
      </label>
      {hint ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{hint}</p> : null}
    </div>
  )
}

function MetaForm({
  model,
  meta,
  onChange,
}: {
  model: CorpusModel
  meta: Meta
  onChange: (meta: Meta) => void
}) {
  const set = (patch: Partial<Meta>) => onChange({ ...meta, ...patch })
  return (
    <section aria-labelledby="add-meta" className="max-w-3xl space-y-4">
      <h2 id="add-meta" className={h2Class}>
        2. About the document
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Suggested from the text: check each field.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Title" hint="Suggested: the first line.">
            <input
              className={fieldClass}
              value={meta.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </Field>
        </div>
        <Field label="Date" hint="Suggested: the first date in the text.">
          <input
            type="date"
            className={fieldClass}
            value={meta.date}
            onChange={(e) => set({ date: e.target.value })}
          />
        </Field>
        <Field label="Session">
          <select
            className={fieldClass}
            value={meta.sessionId}
            onChange={(e) => set({ sessionId: e.target.value })}
          >
            <option value="">Choose a session</option>
            {model.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.roman} session ({s.date})
              </option>
            ))}
            <option value={NEW_SESSION}>A new session…</option>
          </select>
        </Field>
        {meta.sessionId === NEW_SESSION ? (
          <fieldset className="grid gap-4 rounded border border-slate-300 p-3 sm:col-span-2 sm:grid-cols-3 dark:border-slate-700">
            <legend className="px-1 font-medium">The new session</legend>
            <Field label="Number">
              <input
                inputMode="numeric"
                className={fieldClass}
                value={meta.newSession.number}
                onChange={(e) =>
                  set({ newSession: { ...meta.newSession, number: e.target.value } })
                }
              />
            </Field>
            <Field label="Session date">
              <input
                type="date"
                className={fieldClass}
                value={meta.newSession.date}
                onChange={(e) => set({ newSession: { ...meta.newSession, date: e.target.value } })}
              />
            </Field>
            <Field label="Theme">
              <input
                className={fieldClass}
                value={meta.newSession.theme}
                onChange={(e) => set({ newSession: { ...meta.newSession, theme: e.target.value } })}
              />
            </Field>
          </fieldset>
        ) : null}
        <Field label="Kind">
          <select
            className={fieldClass}
            value={meta.kind}
            onChange={(e) => set({ kind: e.target.value as Source['kind'] })}
          >
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Language">
          <select
            className={fieldClass}
            value={meta.language}
            onChange={(e) => set({ language: e.target.value })}
          >
            <option value="en">English</option>
            <option value="ru">Russian</option>
            <option value="kk">Kazakh</option>
          </select>
        </Field>
      </div>
    </section>
  )
}

/** The draft and sessions the metadata describes, or what is still missing. */
function draftOf(model: CorpusModel, text: string, meta: Meta) {
  let session: Session | undefined
  const sessions: Session[] = []
  if (meta.sessionId === NEW_SESSION) {
    const number = Number(meta.newSession.number)
    if (!Number.isInteger(number) || number < 1) return { missing: 'the new session’s number' }
    if (!meta.newSession.date) return { missing: 'the new session’s date' }
    session = model.sessions.find((s) => s.number === number) ?? {
      id: String(number),
      number,
      roman: toRoman(number),
      date: meta.newSession.date,
      theme: meta.newSession.theme,
      place: null,
    }
    if (!model.sessionById.has(session.id)) sessions.push(session)
  } else session = model.sessionById.get(meta.sessionId)
  if (!session) return { missing: 'a session' }
  if (!meta.title.trim()) return { missing: 'a title' }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) return { missing: 'a date' }
  const draft: DocumentDraft = {
    id: suggestId(
      meta.kind,
      meta.date,
      session.roman,
      meta.title,
      new Set(model.sourceById.keys()),
    ),
    title: meta.title.trim(),
    kind: meta.kind,
    date: meta.date,
    sessionId: session.id,
    language: meta.language,
    text,
  }
  return { draft, sessions }
}

function Preview({
  model,
  text,
  meta,
  overrides,
  onOverride,
}: {
  model: CorpusModel
  text: string
  meta: Meta
  overrides: Record<string, Override>
  onOverride: (quoteId: string, override: Override) => void
}) {
  const client = useRef<ReturnType<typeof createBuildClient> | null>(null)
  useEffect(() => () => client.current?.stop(), [])
  const request = useMemo(() => draftOf(model, text, meta), [model, text, meta])
  const [reply, setReply] = useState<BuildReply | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!('draft' in request) || !request.draft) return
    const { draft, sessions } = request
    // A short pause, so that a burst of keystrokes asks for one build.
    const timer = setTimeout(() => {
      setBusy(true)
      client.current ??= createBuildClient()
      void client.current
        .build({ corpus: model.corpus, drafts: [draft], sessions, overrides })
        .then((answer) => {
          // A long document lists hundreds of passages: rendered as a transition, which a
          // keystroke interrupts, so typing never waits for the list.
          if (answer)
            startTransition(() => {
              setReply(answer)
              setBusy(false)
            })
        })
    }, 150)
    return () => clearTimeout(timer)
  }, [request, model, overrides])

  if ('missing' in request)
    return (
      <section aria-labelledby="add-preview" className="max-w-3xl">
        <h2 id="add-preview" className={h2Class}>
          3. What the pipeline finds
        </h2>
        <p className="mt-2">To see the statements, give {request.missing}.</p>
      </section>
    )
  const draft = request.draft
  return (
    <section aria-labelledby="add-preview" className="space-y-4" aria-busy={busy}>
      <h2 id="add-preview" className={h2Class}>
        3. What the pipeline finds
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Document id <code>{draft.id}</code>: statement ids are made from it and the text, as the
        command line makes them.
      </p>
      {busy && !reply ? <p role="status">Extracting statements…</p> : null}
      {reply ? (
        <PreviewResult
          model={model}
          reply={reply}
          draft={draft}
          overrides={overrides}
          onOverride={onOverride}
        />
      ) : null}
    </section>
  )
}

const PreviewResult = memo(function PreviewResult({
  model,
  reply,
  draft,
  overrides,
  onOverride,
}: {
  model: CorpusModel
  reply: BuildReply
  draft: DocumentDraft
  overrides: Record<string, Override>
  onOverride: (quoteId: string, override: Override) => void
}) {
  if (!reply.outcome.ok)
    return (
      <div
        role="alert"
        className="max-w-3xl rounded border border-rose-700 p-3 dark:border-rose-400"
      >
        <p className="font-medium">The document cannot be built yet:</p>
        <ul className="mt-2 list-disc pl-5">
          {reply.outcome.problems.map((p, i) => (
            <li key={i}>
              {p.line ? `Line ${p.line}: ` : ''}
              {p.message}. {p.hint}.
            </li>
          ))}
        </ul>
      </div>
    )
  // The drafts' statements; those they are linked to are in the published corpus (model).
  const built = reply.outcome.corpus
  const quotes = built.quotes.filter((q) => q.sourceId === draft.id)
  const excluded = Object.entries(overrides)
    .filter(([, o]) => o.exclude)
    .map(([id]) => id)
  // Anyone the corpus or the draft quotes can be named as a statement's speaker.
  const published = new Set(model.corpus.speakers.map((s) => s.id))
  const speakers = [...model.corpus.speakers, ...built.speakers.filter((s) => !published.has(s.id))]
  const leftOut = reply.leftOut[draft.id] ?? []
  return (
    <div className="space-y-8">
      <p role="status" data-testid="add-summary">
        {quotes.length} statements found, {leftOut.length} passages left out
        {excluded.length > 0 ? `, ${excluded.length} excluded by you` : ''} (in{' '}
        {Math.max(1, Math.round(reply.ms))} ms).
      </p>
      <section aria-labelledby="add-statements" className="space-y-4">
        <h3 id="add-statements" className="text-xl font-semibold">
          Statements ({quotes.length})
        </h3>
        <ol className="max-w-3xl space-y-4">
          {quotes.map((q) => (
            <li key={q.id}>
              <DraftStatement model={model} quote={q} speakers={speakers} onOverride={onOverride} />
            </li>
          ))}
        </ol>
        {excluded.length > 0 ? (
          <ul className="max-w-3xl space-y-2">
            {excluded.map((id) => (
              <li key={id} className="flex flex-wrap items-center gap-2 text-sm">
                Excluded: <code>{id}</code>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => onOverride(id, { exclude: false })}
                >
                  Include it again
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="add-left-out" className="space-y-3">
        <h3 id="add-left-out" className="text-xl font-semibold">
          Left out ({leftOut.length})
        </h3>
        <ul className="max-w-3xl space-y-2">
          {leftOut.map((p) => (
            <li
              key={p.start}
              className="rounded border border-dashed border-slate-400 p-2 dark:border-slate-600"
            >
              <p className="font-serif">{p.text}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                Why: {LEFT_OUT_REASONS[p.reason]}
              </p>
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
  speakers,
  onOverride,
}: {
  model: CorpusModel
  quote: Quote
  speakers: readonly { id: string; name: string }[]
  onOverride: (quoteId: string, override: Override) => void
}) {
  const speakerId = useId()
  const links = [
    ...quote.corroboratedBy.map((id) => ({ id, what: 'Corroborated by' })),
    ...quote.echoes.map((id) => ({ id, what: 'Echoes' })),
  ].filter((l) => model.quoteById.has(l.id))
  return (
    <article
      data-draft-id={quote.id}
      aria-label={`Statement ${quote.order + 1}`}
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <KindLabel kind={quote.kind} />
        <span className="text-sm">
          Topics:{' '}
          {quote.topicIds.length === 0
            ? 'none'
            : quote.topicIds.map((t) => model.topicById.get(t)?.label ?? t).join(', ')}
        </span>
      </div>
      <div className="mt-2">
        <StatementText kind={quote.kind}>{quote.text}</StatementText>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label htmlFor={speakerId} className="text-sm">
          <span className="block font-medium">Speaker</span>
          <select
            id={speakerId}
            value={quote.speakerId}
            onChange={(e) => onOverride(quote.id, { speaker: e.target.value })}
            className="mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className={buttonClass}
          onClick={() => onOverride(quote.id, { exclude: true })}
        >
          Exclude this statement
        </button>
      </div>
      {links.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm">
          {links.map((l) => (
            <li key={`${l.what}-${l.id}`}>
              {l.what}:{' '}
              <Link to="/quotes/$quoteId" params={{ quoteId: l.id }} className={textLinkClass}>
                {snippet(model.quoteById.get(l.id)?.text ?? l.id)}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm">No published statement makes the same claim.</p>
      )}
    </article>
  )
}

const snippet = (text: string) =>
  text.length > 90 ? `${text.slice(0, 90).replace(/\s+\S*$/, '')}…` : text
