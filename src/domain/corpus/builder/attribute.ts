/**
 * Stage 3 — attribute: segmented text → statements (direct and reported, each with its speaker,
 * offsets, section and why) and the passages left out (each with its reason).
 *
 * The forms of writing (each a rule with its tests in tests/unit/corpus/attribute*.test.ts):
 * - direct quotes: direct.ts;
 * - reported statements: reported.ts;
 * - a document's own shape: a lead-in that announces a speech ("The full text of the speech is
 *   as follows:", «Приводим полный текст выступления», «Сөйлеген сөзінің толық мәтіні»), after
 *   which every sentence is the speaker's own words; transcripts (the same from the start);
 *   interviews (`Q:`/`A:`, `Вопрос:`/`Ответ:`, `Сұрақ:`/`Жауап:`, or the speakers' names);
 * - not statements (left out, with a reason): titles and headings, datelines, bylines, photo
 *   captions, the publisher's sections (`Background`, `About …`, `Справка`, `Анықтама`),
 *   web-page residue (`Read also`, `USD 450.12`, `Subscribe`), descriptions of the event
 *   (`took part in`, `spoke at`, `принял участие`, `қатысты`), salutations and stage notes of
 *   a speech, interviewers' questions, narration, and speech-like quotations nobody is named for
 *   (`no-speaker`, also a warning).
 * Vocabulary is data per language (language/*.ts); people are data (corpus/speakers.json).
 */
import type { SourceKind } from '../schema'
import {
  dashQuotation,
  directQuotesOf,
  maskQuotations,
  quoteSpan,
  type QuoteContext,
} from './direct'
import { personalName } from './names'
import type { Patterns } from './patterns'
import { leadInClaim, reportedSpeaker } from './reported'
import { trimSpan, type Block, type SegmentedText, type SegmentWarning, type Span } from './segment'
import { personId, type Person } from './speakers'
import type { LeftOut, LeftOutReason, Statement } from './statements'

export type { LeftOut, LeftOutReason, Statement } from './statements'

export interface AttributeOptions {
  kind: SourceKind
  patterns: Patterns
  /** Whose words a transcript is (defaults to the document's default speaker). */
  transcriptSpeaker?: Person
}

export interface Attribution {
  statements: Statement[]
  leftOut: LeftOut[]
  warnings: SegmentWarning[]
}

/** Interview turns: who speaks in a labelled paragraph, and where the words start. */
interface Turn {
  role: 'question' | 'answer'
  speaker: Person | null
  start: number
}

/** A block whose line opens with a dash (`— …`): dialogue, in Russian and Kazakh writing. */
const opensWithDash = (text: string, block: Block) =>
  /[–—-]\s*$/.test(text.slice(text.lastIndexOf('\n', block.start - 1) + 1, block.start))

/**
 * The interviewee: the name a headline opens with (`Name: words`), or the name after `an
 * interview with` in the headline or the opening paragraphs; else the document's default speaker.
 */
function interviewee(text: string, blocks: readonly Block[], ctx: QuoteContext): Person {
  const { patterns } = ctx
  const title = blocks.find((b) => b.kind === 'title')
  const label = title ? patterns.nameLabel.exec(text.slice(title.start, title.end)) : null
  const labelName = label?.groups?.name
  if (labelName && /\s/.test(labelName.trim())) return patterns.people.named(labelName, '')
  for (const b of blocks.slice(0, 4)) {
    const name = patterns.interviewWith.exec(text.slice(b.start, b.end))?.groups?.name
    if (name) return patterns.people.resolve(name) ?? patterns.people.named(personalName(name), '')
  }
  return patterns.people.default
}

/**
 * Interview turns: labelled paragraphs (`Q:`/`A:`, `Вопрос:`/`Ответ:`, `Сұрақ:`/`Жауап:`, or the
 * speakers' names), or dialogue lines opened by a dash where the questions end with `?`.
 * Null when the document is not an interview.
 */
function interviewTurns(text: string, blocks: readonly Block[], ctx: QuoteContext) {
  const { patterns } = ctx
  type Label = { kind: 'question' | 'answer' | 'name'; name?: string; end: number }
  const labelled = new Map<Block, Label>()
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet')
  for (const b of prose) {
    const line = text.slice(b.start, b.end)
    const q = patterns.questionLabel.exec(line)
    const a = patterns.answerLabel.exec(line)
    const n = patterns.nameLabel.exec(line)
    if (q) labelled.set(b, { kind: 'question', end: b.start + q[0].length })
    else if (a) labelled.set(b, { kind: 'answer', end: b.start + a[0].length })
    else if (n?.groups?.name && !/["“„«]/.test(text[b.start + n[0].length] ?? ''))
      labelled.set(b, { kind: 'name', name: n.groups.name, end: b.start + n[0].length })
  }
  const labels = [...labelled.values()]
  const questions = labels.filter((l) => l.kind === 'question').length
  const answers = labels.filter((l) => l.kind === 'answer').length
  const names = new Set(labels.filter((l) => l.kind === 'name').map((l) => l.name))
  const byName = labels.filter((l) => l.kind === 'name').length
  const hasQA = questions > 0 && answers > 0
  const turns = new Map<Block, Turn>()
  const guest = interviewee(text, blocks, ctx)
  if (hasQA || (names.size >= 2 && byName >= 3)) {
    for (const [block, label] of labelled) {
      if (label.kind === 'question')
        turns.set(block, { role: 'question', speaker: null, start: label.end })
      else if (label.kind === 'answer')
        turns.set(block, { role: 'answer', speaker: guest, start: label.end })
      else if (!hasQA) {
        const person =
          patterns.people.resolve(label.name ?? '') ??
          (personId(label.name ?? '') === guest.id ? guest : null)
        const listed = [...names].some(
          (n) => patterns.people.resolve(n ?? '') || personId(n ?? '') === guest.id,
        )
        // With a listed person or the named guest among the names, the others ask the questions.
        if (person || !listed)
          turns.set(block, {
            role: 'answer',
            speaker: person ?? patterns.people.named(label.name ?? '', ''),
            start: label.end,
          })
        else turns.set(block, { role: 'question', speaker: null, start: label.end })
      }
    }
    return turns
  }
  // Dialogue by dashes: `— Question?` / `— Answer.`
  const dashed = prose.filter((b) => opensWithDash(text, b))
  const asks = dashed.filter((b) => /\?\s*$/.test(text.slice(b.start, b.end)))
  if (asks.length < 2 || dashed.length < 4) return null
  for (const b of dashed)
    turns.set(
      b,
      asks.includes(b)
        ? { role: 'question', speaker: null, start: b.start }
        : { role: 'answer', speaker: guest, start: b.start },
    )
  return turns
}

export function attribute(
  text: string,
  segmented: SegmentedText,
  options: AttributeOptions,
): Attribution {
  const { patterns } = options
  const people = patterns.people
  const ctx: QuoteContext = { text, patterns, lastNamed: people.default }
  const statements: Statement[] = []
  const leftOut: LeftOut[] = []
  const warnings: SegmentWarning[] = [...segmented.warnings]
  const add = (kind: Statement['kind'], span: Span, speaker: Person, block: Block, why: string) => {
    if (span.end > span.start)
      statements.push({ kind, ...span, speaker, section: block.section, why })
  }
  const leave = (span: Span, reason: LeftOutReason) => {
    const t = trimSpan(text, span.start, span.end)
    if (t.end > t.start) leftOut.push({ ...t, reason })
  }

  /** Every sentence is the speaker's own words (a transcript, a reproduced speech, an answer). */
  const ownWords = (
    sentences: readonly Span[],
    speaker: Person,
    block: Block,
    why: string,
    reportsInside = false,
  ) => {
    const line = text.slice(block.start, block.end)
    // A short line with no sentence's end (a publication's name, a share button) is no speech.
    if (!/[.!?…:;»"”)\]]\s*$/u.test(line) && line.split(/\s+/).length <= 6)
      return leave(block, 'heading')
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end)
      if (patterns.stageNote.test(sentence)) leave(s, 'stage')
      else if (patterns.salutation.test(sentence) && sentence.split(/\s+/).length <= 14)
        leave(s, 'salutation')
      else {
        // Someone else quoted in the speaker's words (`As the President said, “…”`) is theirs.
        const quoted = directQuotesOf(s, block.quotations, ctx).filter(
          (q) => q.speaker && q.speaker.id !== speaker.id && !q.why.startsWith('a quotation with'),
        )
        if (quoted.length > 0) {
          for (const q of quoted)
            if (q.speaker) add('direct', q.part ?? quoteSpan(text, q.span), q.speaker, block, q.why)
          continue
        }
        add('direct', s, speaker, block, why)
        // …and a report of another speaker's words in them is also that speaker's statement.
        if (!reportsInside) continue
        const decision = reportedSpeaker(s, block, ctx, null)
        if (
          decision.speaker &&
          decision.speaker.id !== speaker.id &&
          patterns.people.resolve(decision.speaker.name)
        ) {
          const clause = clauseOf(s, text, patterns)
          add(
            'reported',
            clause,
            decision.speaker,
            block,
            'a report inside the speaker’s own words',
          )
        }
      }
    }
  }

  const turns = interviewTurns(text, segmented.blocks, ctx)
  let turn: Turn | null = null
  let speech: Person | null =
    options.kind === 'transcript' ? (options.transcriptSpeaker ?? people.default) : null
  /** The speaker of the quotation that ended the previous sentence (or paragraph), if any. */
  let recentQuote: Person | null = null
  /** The parts of quotations of several paragraphs, to make one statement of each. */
  const runsOn = new Set<Statement>()
  const carriedOn = new Set<Statement>()
  /** A quotation running on from the previous paragraph: its speaker and where it goes on. */
  let carried: { speaker: Person | null; at: number } | null = null

  segmented.blocks.forEach((block, blockIndex) => {
    const line = text.slice(block.start, block.end)
    const lineReason = pageFurniture(line, patterns)
    if (block.kind === 'title' || block.kind === 'heading') {
      leave(block, lineReason ?? 'heading')
      if (block.kind === 'heading' && patterns.publisherSection.test(line)) speech = null
      recentQuote = null
      return
    }
    if (block.kind === 'dateline') return leave(block, 'dateline')
    if (block.section && patterns.publisherSection.test(block.section))
      return leave(block, 'background')
    if (lineReason) return leave(block, lineReason)

    const labelled = turns?.get(block)
    if (labelled) turn = labelled
    if (turns && turn) {
      const start = labelled ? labelled.start : block.start
      const sentences = block.sentences
        .map((s) => trimSpan(text, Math.max(s.start, start), s.end))
        .filter((s) => s.end > s.start)
      if (turn.role === 'question') for (const s of sentences) leave(s, 'question')
      else
        ownWords(
          sentences,
          turn.speaker ?? speech ?? ctx.lastNamed,
          block,
          'an answer in an interview',
          true,
        )
      return
    }
    if (speech) {
      const why =
        options.kind === 'transcript'
          ? 'a transcript: the speaker’s own words'
          : 'the speech the document reproduces'
      return ownWords(block.sentences, speech, block, why)
    }

    // `— …, — деді Президент.`: speech opened by a dash.
    const dashed = opensWithDash(text, block) ? dashQuotation(block, ctx) : []
    if (dashed.length > 0) {
      for (const q of dashed)
        if (q.speaker && q.part) add('direct', q.part, q.speaker, block, q.why)
      ctx.lastNamed = dashed.at(-1)?.speaker ?? ctx.lastNamed
      recentQuote = ctx.lastNamed
      return
    }
    const carriesOn = block.quoteCarriesOn && carried ? carried : null
    carried = null
    const hasSpeech = block.sentences.some((s) =>
      directQuotesOf(s, block.quotations, ctx, carriesOn).some((q) => q.speaker),
    )
    if (block.kind === 'bullet' && !hasSpeech) {
      // A factsheet bullet is one point of the speech, however many sentences it has.
      const masked = maskQuotations(text, block.start, block.end, block.quotations)
      const speaker = firstSpeaker(masked, ctx) ?? people.default
      add('reported', trimSpan(text, block.start, block.end), speaker, block, 'a factsheet bullet')
      ctx.lastNamed = speaker
      recentQuote = null
      return
    }

    let carriedSpeaker: Person | null = null // a report this paragraph carries on
    block.sentences.forEach((sentence, index) => {
      const quotes = directQuotesOf(sentence, block.quotations, ctx, index === 0 ? carriesOn : null)
      for (const q of quotes) {
        if (q.speaker) continue
        // `“…,” he said. “…”`: a sentence that is one quotation goes on with the quotation before.
        if (recentQuote) {
          q.speaker = recentQuote
          q.why = 'a quotation right after a quotation: the same speaker'
        } else if (q.span.unclosed && block.quoteRunsOn) {
          q.speaker = speakerAtEndOfChain(segmented.blocks, blockIndex, ctx)
          if (q.speaker) q.why = 'a quotation of several paragraphs, attributed in its last'
        }
      }
      for (const q of quotes)
        if (!q.speaker) {
          warnings.push({
            offset: q.span.open,
            message: 'a quotation that reads like speech, but nothing says whose it is; left out',
            hint: 'if it is someone’s speech, name the speaker in the text or add an override (docs/corpus.md)',
          })
          leave(quoteSpan(text, q.span), 'no-speaker')
        }
      const attributed = quotes.filter((q) => q.speaker)
      const first = attributed[0]
      if (first?.speaker) {
        const leadIn = leadInClaim(sentence, first.span, ctx, first.fragment ? 2 : 3)
        if (leadIn)
          add(
            'reported',
            leadIn,
            first.speaker,
            block,
            'the lead-in of a quotation, a claim of its own',
          )
        for (const q of attributed)
          if (q.speaker) {
            add('direct', q.part ?? quoteSpan(text, q.span), q.speaker, block, q.why)
            const taken = statements.at(-1)
            if (taken && q.span.unclosed && block.quoteRunsOn) runsOn.add(taken)
            if (taken && carriesOn && q.span.open === carriesOn.at) carriedOn.add(taken)
          }
        const last = attributed.at(-1)
        ctx.lastNamed = last?.speaker ?? ctx.lastNamed
        // `“…,” he said. “…”`: the next sentence may go on quoting the same speaker.
        recentQuote = last?.speaker ?? null
        if (last?.span.unclosed && block.quoteRunsOn)
          carried = { speaker: last.speaker, at: segmented.blocks[blockIndex + 1]?.start ?? -1 }
        carriedSpeaker = null
        return
      }
      recentQuote = null
      const decision = reportedSpeaker(sentence, block, ctx, carriedSpeaker)
      if (decision.speaker) {
        add('reported', sentence, decision.speaker, block, decision.why)
        carriedSpeaker = decision.speaker
      } else {
        if (quotes.length === 0) leave(sentence, decision.reason)
        carriedSpeaker = null
      }
    })

    // A lead-in that announces the speech: what follows is the speaker's own words.
    const lastSentence = block.sentences.at(-1)
    if (
      lastSentence &&
      patterns.speechLeadIn.test(text.slice(lastSentence.start, lastSentence.end))
    ) {
      const masked = maskQuotations(text, block.start, block.end, block.quotations)
      speech = firstSpeaker(masked, ctx) ?? ctx.lastNamed
    }
  })
  statements.sort((a, b) => a.start - b.start)
  leftOut.sort((a, b) => a.start - b.start)
  const joined = joinParagraphs(statements, runsOn, carriedOn)
  // A passage is one or the other: never marked left out where a statement stands.
  const free = leftOut.filter((p) => !joined.some((st) => st.start < p.end && p.start < st.end))
  return { statements: joined, leftOut: free, warnings }
}

/**
 * A quotation of several paragraphs is one statement: from its first paragraph's words to its
 * last's (the marks that open the paragraphs in between are inside it, as in the source).
 */
function joinParagraphs(
  statements: readonly Statement[],
  runsOn: ReadonlySet<Statement>,
  carriedOn: ReadonlySet<Statement>,
): Statement[] {
  const joined: Statement[] = []
  let open: Statement | null = null
  for (const s of statements) {
    if (open && carriedOn.has(s) && s.speaker.id === open.speaker.id) {
      open.end = s.end
      if (!runsOn.has(s)) open = null
      continue
    }
    const copy = { ...s }
    joined.push(copy)
    open = runsOn.has(s) ? copy : null
  }
  return joined
}

/** A report up to where the sentence's next clause begins (`, and for us …`). */
function clauseOf(sentence: Span, text: string, patterns: Patterns): Span {
  const body = text.slice(sentence.start, sentence.end)
  const m = patterns.clauseBreak.exec(body)
  return m && m.index > 0 ? trimSpan(text, sentence.start, sentence.start + m.index) : sentence
}

/** A line that is the page's, not the article's: residue, a byline, a photo caption. */
export function pageFurniture(line: string, patterns: Patterns): LeftOutReason | null {
  if (patterns.residue.test(line)) return 'residue'
  const short = line.split(/\s+/).length <= 6
  if (short && patterns.residueAnywhere.test(line)) return 'residue'
  // A line that is only a quoted name (a publication's, as a credit): `«Egemen Qazaqstan»`.
  if (short && /^["«“„][^"«»“”„.!?]{1,60}["»”“]$/u.test(line.trim())) return 'byline'
  if (patterns.byline.test(line)) return 'byline'
  if (patterns.caption.test(line)) return 'caption'
  return null
}

/** The first reference to a person (not a name before a verb) in a text, resolved. */
function firstSpeaker(masked: string, ctx: QuoteContext): Person | null {
  for (const m of masked.matchAll(ctx.patterns.subject)) {
    if (m.groups?.name) continue
    return ctx.patterns.language.pronouns.includes(m[0].toLowerCase())
      ? ctx.lastNamed
      : ctx.patterns.people.named(m[0], '')
  }
  return null
}

/** A quotation of several paragraphs attributed after its end: `…,” he said.` */
function speakerAtEndOfChain(blocks: readonly Block[], from: number, ctx: QuoteContext) {
  let i = from + 1
  while (blocks[i]?.quoteRunsOn) i++
  const last = blocks[i]
  const first = last?.quotations[0]
  const sentence = last?.sentences.find(
    (s) => first && s.start <= first.open && first.close <= s.end,
  )
  if (!last || !first || !sentence) return null
  const [quote] = directQuotesOf(sentence, last.quotations, ctx)
  return quote?.span === first && quote.why.startsWith('attributed after') ? quote.speaker : null
}
