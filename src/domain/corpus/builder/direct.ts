/**
 * Direct quotes: which quoted passages of a sentence are someone's speech, and whose.
 *
 * A passage is speech when its sentence attributes it (each a form of writing):
 *   after it, subject first:  `“…,” Smith said.`, `“…,” the head of state believes.`
 *   after it, verb first:     `“…,” added Smith.`, `«…», – сказал Иванов.`, `«…», – деді Мемлекет басшысы.`
 *   after it, subject before: `Асанов «…» деп атап өтті.`
 *   before it:                `He said: “…”`, `…, stressing that “…”`, `Асанов: «…»`
 *   around it:                `“…,” he said, “…”` (the second passage follows `he said,`)
 *   inside a report:          `He announced that, thanks to the reforms, “yesterday's plans…”`
 *                             (the fragment is direct, the lead-in a reported statement)
 *   carried on:               a quotation of several paragraphs, or a paragraph that is one
 *                             quotation right after a quoted paragraph (same speaker)
 * Otherwise it is a mention: a name, a title, a slogan (`titled “…”`, `«…» атты`), or scare
 * quotes, and it stays part of its sentence. The verb after a quotation need not be listed: a
 * subject (a name, an alias, a pronoun) and a word shaped like a verb next to the quotation are
 * what make the attribution.
 */
import type { NameResolver } from './document-names'
import type { Patterns } from './patterns'
import { personalName } from './names'
import type { QuotedSpan } from './quotation-marks'
import { trimSpan, type Span } from './segment'
import type { Person } from './speakers'

export interface QuoteContext {
  text: string
  patterns: Patterns
  /** The speaker named last, for he/she/он/ол. */
  lastNamed: Person
  /** A person this document names (document-names.ts: a surname alone is whom it named in full). */
  named: NameResolver
}

export interface DirectQuote {
  span: QuotedSpan
  /** Null: speech-like, but nothing in the text says whose. */
  speaker: Person | null
  why: string
  /** A fragment quoted inside a reported sentence. */
  fragment?: boolean
  /** The words, when they are not the whole passage (`«…, – заявил Иванов. – …»` gives two). */
  part?: Span
}

/**
 * `«…, – заявил Иванов. – …»`: an attribution between dashes inside one pair of marks splits the
 * passage into two quotations of that speaker. Returns the attribution and the two parts.
 */
export function innerAttribution(text: string, from: number, to: number, ctx: QuoteContext) {
  const passage = text.slice(from, to)
  const m = ctx.patterns.innerAttribution.exec(passage)
  const name = m?.groups?.name ?? m?.groups?.name2
  if (!m || !name || m.index === 0) return null
  const before = trimSpan(text, from, from + m.index)
  const after = trimSpan(text, from + m.index + m[0].length, to)
  while (after.end > after.start && /[,;:\s]/.test(text[after.end - 1] ?? '')) after.end--
  const speaker = resolveName(name, ctx, appositiveRole(m.groups?.rest ?? ''))
  return { speaker, parts: [before, after].filter((p) => p.end > p.start) }
}

/** text[start, end) with the given quoted passages blanked out (offsets still hold). */
export function maskQuotations(
  text: string,
  start: number,
  end: number,
  spans: readonly QuotedSpan[],
) {
  let masked = text.slice(start, end)
  for (const q of spans) {
    const from = Math.max(q.open, start) - start
    const to = Math.min(q.close + 1, end) - start
    if (to > from) masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to)
  }
  return masked
}

export function resolveName(name: string, ctx: QuoteContext, role = ''): Person {
  const trimmed = name.trim()
  if (ctx.patterns.isPronoun(trimmed)) return ctx.lastNamed
  return ctx.named(trimmed, role)
}

/** The role given in apposition after a name: `said Aigerim Bekova, member of …`. */
export function appositiveRole(rest: string): string {
  const m = /^\s*,\s*(?<role>[^"“”„]+?)\s*[.!?]?\s*$/u.exec(rest)
  return m?.groups?.role?.trim() ?? ''
}

/** The last reference to a speaker in a lead-in, resolved. */
function lastSubject(leadIn: string, ctx: QuoteContext): Person | undefined {
  let speaker: Person | undefined
  for (const m of leadIn.matchAll(ctx.patterns.subject))
    speaker = resolveName(m.groups?.name ?? m[0], ctx)
  return speaker
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

/** A passage that reads like speech rather than a name or a slogan: a clause of 4+ words. */
export function looksLikeSpeech(passage: string): boolean {
  const words = passage.split(/\s+/).filter((w) => /[\p{L}]/u.test(w))
  if (words.length < 4) return false
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / words.length < 0.6
}

/** The passage's text: inside the marks, without surrounding spaces or a trailing comma. */
export function quoteSpan(text: string, q: QuotedSpan): Span {
  const span = trimSpan(text, q.open + 1, q.close)
  while (span.end > span.start && /[,;:\s]/.test(text[span.end - 1] ?? '')) span.end--
  return span
}

/**
 * The speech among a sentence's quoted passages, with their speakers. `carried` is the speaker
 * of a quotation this sentence's first passage carries on (several paragraphs), if any.
 */
export function directQuotesOf(
  sentence: Span,
  quotations: readonly QuotedSpan[],
  ctx: QuoteContext,
  carried: { speaker: Person | null; at: number } | null = null,
): DirectQuote[] {
  const { text, patterns } = ctx
  const inSentence = quotations.filter((q) => q.open >= sentence.start && q.close <= sentence.end)
  const found: DirectQuote[] = []
  inSentence.forEach((span, i) => {
    const previous = inSentence[i - 1]
    const next = inSentence[i + 1]
    const before = text.slice(previous ? previous.close + 1 : sentence.start, span.open)
    const after = span.unclosed ? '' : text.slice(span.close + 1, next ? next.open : sentence.end)
    const passage = text.slice(span.open + 1, span.close)
    const leadIn = () => maskQuotations(text, sentence.start, span.open, inSentence)
    const mention =
      patterns.mentionBefore.test(text.slice(sentence.start, span.open)) ||
      patterns.mentionAfter.test(after)

    const inner =
      span.style === 'double' ? innerAttribution(text, span.open + 1, span.close, ctx) : null
    if (inner && !mention) {
      for (const part of inner.parts)
        found.push({
          span,
          speaker: inner.speaker,
          why: 'attributed inside its marks, between dashes',
          part,
        })
      return
    }
    if (carried && span.open === carried.at) {
      found.push({
        span,
        speaker: carried.speaker,
        why: 'a quotation carried on from the paragraph before',
      })
      return
    }
    const outro = patterns.outroSubjectFirst.exec(after) ?? patterns.outroVerbFirst.exec(after)
    const outroName = outro?.groups?.name ?? outro?.groups?.name2 ?? outro?.groups?.name3
    // `», – сказала член Ассамблеи … Айгерим Сейтова`: the role first, the name last.
    const roleName = span.unclosed
      ? null
      : patterns.outroRoleName.exec(text.slice(span.close + 1, sentence.end))
    if (
      roleName?.groups?.name &&
      !mention &&
      // …unless a name stands right after the verb (`said Aigerim Bekova, member of …`).
      (!outroName || (!/\s/.test(outroName.trim()) && !patterns.people.resolve(outroName))) &&
      !patterns.isPronoun(outroName ?? '')
    ) {
      const name = roleName.groups.name
      const speaker = resolveName(
        patterns.people.resolve(name) ? name : personalName(name),
        ctx,
        roleName.groups.role?.trim() ?? '',
      )
      found.push({ span, speaker, why: `attributed after it: “${after.trim().slice(0, 60)}”` })
      return
    }
    if (outro && outroName && !mention) {
      const rest = outro.groups?.rest ?? outro.groups?.rest2 ?? ''
      const speaker = resolveName(outroName, ctx, appositiveRole(rest))
      found.push({ span, speaker, why: `attributed after it: “${after.trim().slice(0, 60)}”` })
      return
    }
    if (patterns.outroBare.test(after) && !mention) {
      const speaker = lastSubject(leadIn(), ctx) ?? found.at(-1)?.speaker ?? ctx.lastNamed
      found.push({ span, speaker, why: `attributed after it: “${after.trim().slice(0, 60)}”` })
      return
    }
    if (patterns.intro.test(before) && !(mention && !looksLikeSpeech(passage))) {
      // The speaker is the one referred to last before the quotation (earlier quotes masked),
      // else the speaker of the previous quotation (`…,” adding that “…”`), else the last named.
      const speaker = lastSubject(leadIn(), ctx) ?? found.at(-1)?.speaker ?? ctx.lastNamed
      found.push({ span, speaker, why: `introduced before it: “${before.trim().slice(-60)}”` })
      return
    }
    if (mention || !looksLikeSpeech(passage)) return
    const lead = leadIn()
    // Kazakh puts the reporting verb after the fragment: the whole sentence says whether it reports.
    const reports = patterns.verbFinal
      ? patterns.report.test(maskQuotations(text, sentence.start, sentence.end, inSentence))
      : patterns.report.test(lead)
    if (reports) {
      const speaker = lastSubject(lead, ctx) ?? ctx.lastNamed
      found.push({
        span,
        speaker,
        why: 'a quoted fragment inside a reported sentence',
        fragment: true,
      })
      return
    }
    // A sentence that is one quotation, with nothing saying whose: kept, speaker unknown.
    if (span.style === 'double' && wordCount(lead) === 0 && wordCount(after) === 0)
      found.push({ span, speaker: null, why: 'a quotation with no attribution' })
  })
  return found
}

/**
 * Direct speech opened by a dash instead of marks (Russian and Kazakh):
 * `— Ассамблея – келісімнің кепілі, — деді Президент.`, `– Мы едины, – сказал он. – И будем.`
 */
export function dashQuotation(block: Span, ctx: QuoteContext): DirectQuote[] {
  const { text, patterns } = ctx
  const span: QuotedSpan = { open: block.start - 1, close: block.end, style: 'double' }
  const why = 'speech opened by a dash'
  const inner = innerAttribution(text, block.start, block.end, ctx)
  if (inner) return inner.parts.map((part) => ({ span, speaker: inner.speaker, why, part }))
  const line = text.slice(block.start, block.end)
  for (const m of line.matchAll(/[,!?…]\s*[–—]\s/gu)) {
    const rest = line.slice(m.index)
    const outro =
      patterns.outroRoleName.exec(rest) ??
      patterns.outroSubjectFirst.exec(rest) ??
      patterns.outroVerbFirst.exec(rest)
    const name = outro?.groups?.name ?? outro?.groups?.name2
    // The attribution closes the paragraph: nothing but its own words after the dash.
    if (!outro || !name || /[.!?…]\s+\S/u.test(rest.slice(2))) continue
    const role = outro.groups?.role?.trim() ?? appositiveRole(outro.groups?.rest ?? '')
    const speaker = resolveName(
      patterns.people.resolve(name) ? name : personalName(name),
      ctx,
      role,
    )
    const part = trimSpan(
      text,
      block.start,
      block.start + m.index + (line[m.index] === ',' ? 0 : 1),
    )
    return [{ span, speaker, why, part }]
  }
  return []
}
