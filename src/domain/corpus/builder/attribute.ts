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
import { directQuotesOf, maskQuotations, quoteSpan, type QuoteContext } from './direct'
import type { Patterns } from './patterns'
import { leadInClaim, reportedSpeaker } from './reported'
import { trimSpan, type Block, type SegmentedText, type SegmentWarning, type Span } from './segment'
import type { Person } from './speakers'
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

function interviewTurns(text: string, blocks: readonly Block[], ctx: QuoteContext) {
  const { patterns } = ctx
  const labelled = new Map<
    Block,
    { kind: 'question' | 'answer' | 'name'; name?: string; end: number }
  >()
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'bullet') continue
    const line = text.slice(b.start, b.end)
    const q = patterns.questionLabel.exec(line)
    const a = patterns.answerLabel.exec(line)
    const n = patterns.nameLabel.exec(line)
    if (q) labelled.set(b, { kind: 'question', end: b.start + q[0].length })
    else if (a) labelled.set(b, { kind: 'answer', end: b.start + a[0].length })
    else if (n?.groups?.name && !/[«“"„]\s*$/.test(n[0]))
      labelled.set(b, { kind: 'name', name: n.groups.name, end: b.start + n[0].length })
  }
  const kinds = [...labelled.values()]
  const hasQA = kinds.some((l) => l.kind !== 'name')
  const listed = kinds.filter((l) => l.kind === 'name' && patterns.people.resolve(l.name ?? ''))
  if (labelled.size < 2 || (!hasQA && listed.length === 0)) return null
  const turns = new Map<Block, Turn>()
  for (const [block, label] of labelled) {
    if (label.kind === 'question')
      turns.set(block, { role: 'question', speaker: null, start: label.end })
    else if (label.kind === 'answer')
      turns.set(block, { role: 'answer', speaker: null, start: label.end })
    else {
      const person = patterns.people.resolve(label.name ?? '')
      // A name that is not a listed person asks the questions, unless the labels are Q/A.
      if (person || hasQA)
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
  const ownWords = (sentences: readonly Span[], speaker: Person, block: Block, why: string) => {
    for (const s of sentences) {
      const sentence = text.slice(s.start, s.end)
      if (patterns.stageNote.test(sentence)) leave(s, 'stage')
      else if (patterns.salutation.test(sentence) && sentence.split(/\s+/).length <= 8)
        leave(s, 'salutation')
      else add('direct', s, speaker, block, why)
    }
  }

  const turns = interviewTurns(text, segmented.blocks, ctx)
  let turn: Turn | null = null
  let speech: Person | null =
    options.kind === 'transcript' ? (options.transcriptSpeaker ?? people.default) : null
  /** The speaker of the quotation that ended the previous sentence (or paragraph), if any. */
  let recentQuote: Person | null = null
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
          if (q.speaker) add('direct', quoteSpan(text, q.span), q.speaker, block, q.why)
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
  return { statements, leftOut, warnings }
}

/** A line that is the page's, not the article's: residue, a byline, a photo caption. */
export function pageFurniture(line: string, patterns: Patterns): LeftOutReason | null {
  if (patterns.residue.test(line)) return 'residue'
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
