/**
 * Reported statements: what the source says someone said, proposed, believes or did.
 * - a prose sentence whose subject is the speaker and whose verb reports speech, a stance or an
 *   act (`Smith believes that…`, `Глава государства подчеркнул, что…`, Kazakh verb-final
 *   `Мемлекет басшысы … екенін атап өтті`), or that opens with a marker of the speaker's words
 *   (`According to him`, `По словам Президента`, `Оның айтуынша`);
 * - the following sentences of the same paragraph, which carry that report on (`In particular, …`);
 * - the lead-in of a sentence that carries a direct quote, when it makes a claim of its own
 *   (`The Head of State also pointed out that effective measures should be taken…`, cut before
 *   `, suggesting that “…”`); a bare `He said:` is not a statement. The lead-in and the quote
 *   never overlap, so no words are counted twice.
 * Not statements: descriptions of the event (`took part in`, `spoke at`) unless they carry what
 * was said, sentences about the speech (`The main message of the speech is…`), narration.
 */
import { maskQuotations, type QuoteContext } from './direct'
import { personalName } from './names'
import type { Patterns } from './patterns'
import type { QuotedSpan } from './quotation-marks'
import { trimSpan, type Block, type Span } from './segment'
import type { Person } from './speakers'
import type { LeftOutReason } from './statements'
import { tokenize, type Token } from './words'

function claimStemsWith(
  text: string,
  patterns: Patterns,
  tokens = tokenize(text, patterns.language.code),
): string[] {
  const aliases = [...text.matchAll(patterns.aliasAnywhere)].map((m) => [
    m.index,
    m.index + m[0].length,
  ])
  return tokens
    .filter(
      (t) =>
        !t.stop &&
        !patterns.nonClaimStems.has(t.stem) &&
        !aliases.some(([from = 0, to = 0]) => t.start >= from && t.end <= to),
    )
    .map((t) => t.stem)
}

/**
 * The stems of what a statement claims: content words, without the references to the speaker
 * ("President Smith", "the Head of State", "he") and the verbs that frame a report ("said").
 * Pass the text's tokens when they are at hand, to save tokenizing it again.
 */
export function claimStems(text: string, patterns: Patterns, tokens?: Token[]): string[] {
  return claimStemsWith(text, patterns, tokens)
}

const claimWordCount = (text: string, patterns: Patterns) => claimStemsWith(text, patterns).length

/**
 * A lead-in without its reporting tail (`, stressing that`), if it makes a claim of its own
 * (`minWords` content words; a sentence a fragment is quoted in needs fewer: the report is its own).
 */
export function leadInClaim(
  sentence: Span,
  firstQuote: QuotedSpan,
  ctx: QuoteContext,
  minWords = 3,
): Span | null {
  const { text, patterns } = ctx
  const raw = text.slice(sentence.start, firstQuote.open)
  const tail = patterns.tail.exec(raw)
  const span = trimSpan(text, sentence.start, sentence.start + (tail ? tail.index : raw.length))
  while (span.end > span.start && /[,;:–—-]/.test(text[span.end - 1] ?? '')) span.end--
  const claim = text.slice(span.start, span.end)
  if (!patterns.report.test(claim)) return null
  return claimWordCount(claim, patterns) >= minWords ? span : null
}

/** Why a sentence is a report when its own words make it one (not a bullet, not carried on). */
export const BY_ITS_VERB =
  'its subject is a speaker and its verb reports what was said, believed or done'

/**
 * A sentence that quotes a fragment and goes on after it (`He described the Assembly as “…” and
 * called on …`, `Президент Ассамблеяны «…» деп атады.`): the fragment is direct, and the whole
 * sentence the report, since no lead-in carries the claim alone. A fragment opens in lower case
 * (a quoted sentence in capitals is speech of its own); the words before it make a claim beyond
 * the subject; the sentence reports; and words follow the last quotation (in Kazakh, its verb).
 */
export function sentenceAroundFragment(
  sentence: Span,
  first: QuotedSpan,
  last: QuotedSpan,
  ctx: QuoteContext,
  quotations: readonly QuotedSpan[],
): Span | null {
  const { text, patterns } = ctx
  if (last.unclosed || !/^\p{Ll}/u.test(text.slice(first.open + 1, first.close).trim())) return null
  if (!/[\p{L}\p{N}]/u.test(text.slice(last.close + 1, sentence.end))) return null
  if (claimWordCount(text.slice(sentence.start, first.open), patterns) < 1) return null
  const masked = maskQuotations(text, sentence.start, sentence.end, quotations)
  return patterns.report.test(masked) ? trimSpan(text, sentence.start, sentence.end) : null
}

/** A sentence that names someone else after its first word (`Our correspondent A. B. asked…`): it carries no report on. */
function namesAnother(masked: string, speaker: Person, patterns: Patterns): boolean {
  for (const m of masked.matchAll(patterns.anyName)) {
    if (m.index === 0 || !/\s/.test(m[0])) continue
    const person = patterns.people.resolve(m[0])
    if (!person || person.id !== speaker.id) return true
  }
  return false
}

/**
 * A listed person a run of capitalised words refers to: the whole, or its end when a word that
 * opens the sentence stands before a title or name (`Сам Президент`, `Then President …`).
 */
function resolveTitled(name: string, patterns: Patterns): Person | null {
  const words = name.trim().split(/\s+/)
  for (let k = 0; k < words.length; k++) {
    const person = patterns.people.resolve(words.slice(k).join(' '))
    if (person) return person
  }
  return null
}

/** The person a marker of someone's words names (`По мнению Ахметова`): by surname, in this document. */
function markerName(sentence: string, ctx: QuoteContext): Person | null {
  const marker = ctx.patterns.ownWordsNamed.exec(sentence)?.[0] ?? ''
  const names = [...marker.matchAll(/\p{Lu}[\p{L}’'-]+/gu)]
    .map((m) => m[0])
    .filter((w) => !ctx.patterns.markerWords.has(w.toLowerCase()))
  const surname = names.at(-1)
  return surname ? ctx.named(surname, '') : null
}

export type ReportDecision =
  { speaker: Person; why: string } | { speaker: null; reason: LeftOutReason }

/** Whose report a prose sentence (without speech) is, or why it is none. */
export function reportedSpeaker(
  sentence: Span,
  block: Block,
  ctx: QuoteContext,
  carried: Person | null,
): ReportDecision {
  const { text, patterns } = ctx
  const masked = maskQuotations(text, sentence.start, sentence.end, block.quotations)
  const all = [...masked.matchAll(patterns.subject)]
  const mentions = all.filter((m) => !m.groups?.name)
  const named = mentions.find((m) => !patterns.isPronoun(m[0]))
  // A name before a verb of speech (`Политолог Асан Асанов считает…`) is the person named last too.
  const nameFirst = all[0]?.groups?.name
  const remember = (speaker?: Person | null) => {
    if (speaker) ctx.lastNamed = speaker
    else if (nameFirst) ctx.lastNamed = ctx.named(personalName(nameFirst), '')
    else if (named) ctx.lastNamed = ctx.named(named[0], '')
  }
  if (
    (patterns.event.test(masked) && !patterns.speechClause.test(masked)) ||
    (patterns.saidAtEvent.test(masked.trim()) && !patterns.speechClause.test(masked))
  ) {
    remember()
    return { speaker: null, reason: 'event' }
  }
  let speaker: Person | null = null
  let why = ''
  if (patterns.report.test(masked)) {
    // The subject is the reference that comes first: a listed person, a pronoun, or a name.
    const other = patterns.namedSubject.exec(masked)
    const otherName = other?.groups?.name
    if (other && otherName && (mentions.length === 0 || other.index < (mentions[0]?.index ?? 0)))
      speaker = resolveTitled(otherName, patterns) ?? ctx.named(personalName(otherName), '')
    else if (patterns.ownWords.test(masked.trim()) && !named) speaker = ctx.lastNamed
    else if (!named && patterns.ownWordsNamed.test(masked.trim()))
      speaker = markerName(masked.trim(), ctx) ?? ctx.lastNamed
    else {
      const first = mentions[0]
      speaker = first
        ? patterns.isPronoun(first[0])
          ? ctx.lastNamed
          : ctx.named(first[0], '')
        : ctx.lastNamed
    }
    why = BY_ITS_VERB
  } else if (block.kind === 'bullet') {
    speaker = patterns.people.default
    why = 'a factsheet bullet'
  } else if (carried && !namesAnother(masked, carried, patterns)) {
    speaker = carried
    why = 'it carries on the report of the sentence before'
  }
  remember(why === 'it carries on the report of the sentence before' ? null : speaker)
  if (speaker && claimWordCount(masked, patterns) >= 3) return { speaker, why }
  return {
    speaker: null,
    reason: 'narration',
  }
}
