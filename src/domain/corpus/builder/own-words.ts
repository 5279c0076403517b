/**
 * Passages that are a speaker's own words throughout: a transcript, the speech a document
 * reproduces after its lead-in, an interviewee's answers. Every sentence is the speaker's, except
 * a salutation, a stage note, a short line with no sentence's end (a publication's name, a share
 * button), and someone else quoted or reported in them (`As the President said, “…”`), which is
 * that person's statement.
 */
import type { Collector } from './collect'
import { directQuotesOf, quoteSpan, type QuoteContext } from './direct'
import type { Patterns } from './patterns'
import { BY_ITS_VERB, reportedSpeaker } from './reported'
import { trimSpan, type Block, type Span } from './segment'
import type { Person } from './speakers'

/** Every sentence is the speaker's own words (a transcript, a reproduced speech, an answer). */
export function ownWords(
  out: Collector,
  ctx: QuoteContext,
  sentences: readonly Span[],
  speaker: Person,
  block: Block,
  why: string,
  reportsInside = false,
): void {
  const { text, patterns } = ctx
  const { add, leave } = out
  const line = text.slice(block.start, block.end)
  // A short line with no sentence's end (a publication's name, a share button) is no speech.
  if (!/[.!?…:;»"”)\]]\s*$/u.test(line) && line.split(/\s+/).length <= 6)
    return leave(block, 'heading')
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end)
    if (patterns.stageNote.test(sentence)) leave(s, 'stage')
    // A salutation is short; one with no clause after it (no comma) may name the whole Assembly.
    else if (
      patterns.salutation.test(sentence) &&
      sentence.split(/\s+/).length <= (sentence.includes(',') ? 14 : 20)
    )
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
        decision.why === BY_ITS_VERB && // an answer on a dash line is no factsheet bullet
        decision.speaker.id !== speaker.id &&
        // A listed person (by id: a listed person's name is the English one, whatever the text's language).
        patterns.people.all.some((p) => p.id === decision.speaker?.id)
      ) {
        const clause = clauseOf(s, text, patterns)
        add('reported', clause, decision.speaker, block, 'a report inside the speaker’s own words')
      }
    }
  }
}

/** A report up to where the sentence's next clause begins (`, and for us …`). */
function clauseOf(sentence: Span, text: string, patterns: Patterns): Span {
  const body = text.slice(sentence.start, sentence.end)
  const m = patterns.clauseBreak.exec(body)
  return m && m.index > 0 ? trimSpan(text, sentence.start, sentence.start + m.index) : sentence
}

/** The first reference to a person (not a name before a verb) in a text, resolved. */
export function firstSpeaker(masked: string, ctx: QuoteContext): Person | null {
  for (const m of masked.matchAll(ctx.patterns.subject)) {
    if (m.groups?.name) continue
    return ctx.patterns.isPronoun(m[0]) ? ctx.lastNamed : ctx.named(m[0], '')
  }
  return null
}
