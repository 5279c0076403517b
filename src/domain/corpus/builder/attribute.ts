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
 * The parts: interview.ts (turns), own-words.ts (transcripts, reproduced speeches, answers),
 * multi-paragraph.ts (quotations of several paragraphs), page-furniture.ts, collect.ts.
 */
import type { SourceKind } from '../schema'
import { collector } from './collect'
import { documentNames } from './document-names'
import {
  dashQuotation,
  directQuotesOf,
  maskQuotations,
  quoteSpan,
  type QuoteContext,
} from './direct'
import { interviewTurns, opensWithDash, type Turn } from './interview'
import { joinParagraphs, speakerAtEndOfChain } from './multi-paragraph'
import { firstSpeaker, ownWords as ownWordsOf } from './own-words'
import { personalName } from './names'
import { pageFurniture } from './page-furniture'
import type { Patterns } from './patterns'
import { leadInClaim, reportedSpeaker, sentenceAroundFragment } from './reported'
import { trimSpan, type Block, type SegmentedText, type SegmentWarning, type Span } from './segment'
import type { Person } from './speakers'
import type { LeftOut, Statement } from './statements'

export type { LeftOut, LeftOutReason, Statement } from './statements'
export { pageFurniture } from './page-furniture'

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

export function attribute(
  text: string,
  segmented: SegmentedText,
  options: AttributeOptions,
): Attribution {
  const { patterns } = options
  const people = patterns.people
  const ctx: QuoteContext = {
    text,
    patterns,
    lastNamed: people.default,
    named: documentNames(people),
  }
  const out = collector(text)
  const { statements, leftOut, add, leave } = out
  const warnings: SegmentWarning[] = [...segmented.warnings]
  const ownWords = (
    sentences: readonly Span[],
    speaker: Person,
    block: Block,
    why: string,
    reportsInside = false,
  ) => ownWordsOf(out, ctx, sentences, speaker, block, why, reportsInside)

  const turns = interviewTurns(text, segmented.blocks, ctx)
  let turn: Turn | null = null
  let speech: Person | null =
    options.kind === 'transcript' ? (options.transcriptSpeaker ?? people.default) : null
  /** The speaker a line of its own introduced (`Мемлекет басшысы:`), for the next paragraph. */
  let introducer: Person | null = null
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
    const introduced = introducer
    introducer = null
    const label = patterns.speakerLine.exec(line)?.groups?.name
    if (label && block.kind !== 'dateline') {
      // `Мемлекет басшысы:` on a line of its own (a live blog): the quotation below is theirs.
      introducer = people.resolve(label) ?? ctx.named(personalName(label), '')
      recentQuote = null
      return leave(block, 'heading')
    }
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
        } else if (introduced && index === 0) {
          q.speaker = introduced
          q.why = 'introduced by the line before it: “Name:”'
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
        const lastSpan = attributed.at(-1)?.span ?? first.span
        const leadIn =
          sentenceAroundFragment(sentence, first.span, lastSpan, ctx, block.quotations) ??
          leadInClaim(sentence, first.span, ctx, first.fragment ? 2 : 3)
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
