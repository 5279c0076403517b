/**
 * Stage 3 — extract and attribute: segmented text → statements (direct and reported), each
 * with its speaker, offsets and section.
 *
 * Direct quotes. A quoted passage is someone's speech when its sentence attributes it:
 *   before it:  `He said: “…”`, `…, stressing that “…”`, `adding that “…”`
 *   after it:   `“…,” Tokayev said.`, `“…,” added Tokayev.`, `“…,” said Tanzila Khashiyeva, member of …`
 * Otherwise it is a mention (a name, a title, a slogan: "Ulttyk Kuryltay", a session's theme,
 * ‘Unity in diversity’) and stays part of the surrounding statement. The quote's text is the
 * passage without its marks (and without a trailing comma that belongs to the sentence).
 * Pronouns resolve to the speaker named last.
 *
 * Reported statements. What the source says the speaker said, proposed, believes or did:
 * - a bullet (factsheets list the speech's points as bullets), unless it carries a direct
 *   quote, in which case its sentences are taken one by one;
 * - a prose sentence whose subject is the speaker and whose verb reports speech, a stance or an
 *   act (`Tokayev believes that…`, `the Head of State emphasized…`, `He awarded…`), or that is
 *   introduced by `According to him`, `In his opinion`;
 * - the following sentences of the same paragraph, which carry on that report in free indirect
 *   speech (`In particular, …`, `And this is another vivid manifestation of our national identity.`);
 * - the lead-in of a sentence that carries a direct quote, when it makes a claim of its own
 *   (`The Head of State also pointed out that effective measures should be taken…`, cut before
 *   `, suggesting that “…”`); a bare `He said:` is not a statement. The lead-in and the quote
 *   never overlap, so no words are counted twice.
 *
 * Not statements: the publisher's background sections (`Background information on…`), event
 * descriptions (`… participated in the 32nd session`, `The theme of this year’s session was…`,
 * `Below are key points…`), headings, titles and datelines. They stay readable in the source.
 *
 * Transcripts hold the speaker's own words: every sentence is a direct quote of the document's
 * speaker.
 */
import type { SourceKind } from '../schema'
import type { QuotedSpan } from './quotation-marks'
import { trimSpan, type Block, type SegmentedText, type Span } from './segment'
import { tokenize, type Token } from './words'

export interface SpeakerRef {
  name: string
  role: string
}

/** The person the corpus is about: reported statements are his unless a source says otherwise. */
export interface Principal extends SpeakerRef {
  /** How sources refer to him (besides he/him/his). */
  aliases: string[]
}

export const PRESIDENT: Principal = {
  name: 'Kassym-Jomart Tokayev',
  role: 'President of Kazakhstan',
  aliases: [
    'President Kassym-Jomart Tokayev',
    'President of Kazakhstan Kassym-Jomart Tokayev',
    'President Tokayev',
    'Kassym-Jomart Tokayev',
    'Tokayev',
    'President of Kazakhstan',
    'President',
    'Head of State',
  ],
}

export interface Statement extends Span {
  kind: 'direct' | 'reported'
  speaker: SpeakerRef
  section: string | null
}

export interface AttributeOptions {
  kind: SourceKind
  principal: Principal
  /** Whose words a transcript is (defaults to the principal). */
  transcriptSpeaker?: SpeakerRef
}

// --- vocabulary ----------------------------------------------------------------------------

/** Verbs that introduce or attribute speech: `He said: “…”`, `“…,” added Tokayev`. */
const SPEECH_VERBS = [
  'said',
  'says',
  'noted',
  'notes',
  'stressed',
  'stresses',
  'emphasi[sz]ed',
  'emphasi[sz]es',
  'stated',
  'states',
  'asserted',
  'asserts',
  'added',
  'adds',
  'urged',
  'reaffirmed',
  'affirmed',
  'declared',
  'remarked',
  'explained',
  'insisted',
  'argued',
  'warned',
  'recalled',
  'concluded',
  'continued',
  'replied',
  'wrote',
  'announced',
  'observed',
  'commented',
  'underlined',
  'underscored',
  'highlighted',
  'pointed out',
  'suggested',
  'believes',
  'believed',
]
/** Verbs that report a stance or an act of the speaker, but never introduce a quotation. */
const REPORT_ONLY_VERBS = [
  'proposed',
  'proposes',
  'points out',
  'spoke',
  'speaks',
  'announces',
  'urges',
  'reaffirms',
  'focused',
  'focussed',
  'focuses',
  'listed',
  'determined',
  'highlights',
  'suggests',
  'expressed',
  'called for',
  'called on',
  'calls for',
  'mentioned',
  'reminded',
  'outlined',
  'identified',
  'instructed',
  'confirmed',
  'assured',
  'acknowledged',
  'described',
  'considers',
  'thinks',
  'promised',
  'pledged',
  // Acts the source reports the speaker did (not attendance: "took part", "participated").
  // Keep them last: ACT_VERBS_START marks where they begin.
  'recogni[sz]ed',
  'hono(?:u)?red',
  'awarded',
  'presented',
  'presents',
  'signed',
  'congratulated',
  'thanked',
  'welcomed',
]
const ACT_VERBS_START = REPORT_ONLY_VERBS.indexOf('recogni[sz]ed')
const INTRO_PARTICIPLES = [
  'saying',
  'stating',
  'stressing',
  'adding',
  'noting',
  'emphasi[sz]ing',
  'highlighting',
  'suggesting',
  'asserting',
  'declaring',
  'explaining',
  'underlining',
  'underscoring',
  'insisting',
  'recalling',
  'warning',
  'urging',
  'remarking',
  'arguing',
  'concluding',
]
const SPEECH_VERB = `(?:${SPEECH_VERBS.join('|')})`
const REPORT_VERB = `(?:${[...SPEECH_VERBS, ...REPORT_ONLY_VERBS].join('|')})`
const PARTICIPLE = `(?:${INTRO_PARTICIPLES.join('|')})`
const NAME_WORD = `\\p{Lu}[\\p{L}’'-]+`
const PERSON_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`
const PRONOUN = '(?:he|she|He|She)'
const ADVERBS = `(?:\\s+(?:also|further|more broadly|broadly|again|once again|then|later|has|had|have|strongly|firmly|clearly|particularly|specifically|additionally|repeatedly|moreover|rightly)){0,2}`

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')

/** Publisher sections: never the speaker's statements. */
const PUBLISHER_SECTION =
  /^(?:background|about\s|notes?\s+(?:to|for)\s+editors|for\s+more\s+information|media\s+contacts?|contacts?\b)/i
/** Bracketed stage directions in transcripts: (Applause), [inaudible]. */
const STAGE_DIRECTION = /^[([][^)\]]*[)\]]\.?$/
/** Attendance is an event description, not a statement. */
const EVENT_DESCRIPTION =
  /\b(?:participated|participates|took part|takes part|attended|attends|arrived|visited|chaired)\b/i
const OWN_WORDS_MARKER = /^(?:according to (?:him|her)|in (?:his|her) (?:opinion|view|words))\b/i

interface Vocabulary {
  /** Speaker (alias or pronoun) + reporting verb, or `According to him`, `In his opinion`. */
  report: RegExp
  /** Lead-in of a quotation: ends with a speech verb (+ that), a participle, or `Name:`. */
  intro: RegExp
  /** Attribution after a quotation: `Tokayev said`, `added Tokayev`, `said Name, role`. */
  outroSubjectFirst: RegExp
  outroVerbFirst: RegExp
  /** References to a speaker: an alias, a pronoun, or a name followed by a speech verb. */
  subject: RegExp
  /** A reporting tail to cut off a lead-in: `, stressing that`, `He said:`. */
  tail: RegExp
  isAlias: (name: string) => boolean
  aliasAnywhere: RegExp
  /** Stems that make no claim: pronouns and the verbs that frame a report. */
  nonClaimStems: Set<string>
}

const vocabularyCache = new WeakMap<Principal, Vocabulary>()

function vocabularyFor(principal: Principal): Vocabulary {
  const cached = vocabularyCache.get(principal)
  if (cached) return cached
  const aliases = [...principal.aliases, principal.name].sort((a, b) => b.length - a.length)
  const alias = `(?:(?:[Tt]he\\s+)?(?:${aliases.map(escapeRegExp).join('|')}))`
  const speakerRef = `(?:${alias}|${PRONOUN})`
  const normalise = (name: string) =>
    name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
  const aliasSet = new Set(aliases.map(normalise))
  // Verbs that only frame a report; act verbs (awarded, honoured, signed…) are content.
  const framingVerbs = [
    ...SPEECH_VERBS,
    ...REPORT_ONLY_VERBS.slice(0, ACT_VERBS_START),
    ...INTRO_PARTICIPLES,
  ]
    .filter((v) => !/^state/.test(v)) // "state" is also a noun (state language, state bodies)
    .map((v) => v.replace(/\[sz\]/g, 's').replace(/\(\?:u\)\?/g, 'u'))
  const vocabulary: Vocabulary = {
    report: new RegExp(
      `(?:\\b${speakerRef}\\b,?${ADVERBS}\\s+${REPORT_VERB}\\b)|(?:\\b(?:according to (?:him|her|${alias})|in (?:his|her) (?:opinion|view|words))\\b)`,
      'u',
    ),
    intro: new RegExp(
      `(?:\\b(?:${SPEECH_VERB}|${PARTICIPLE})(?:\\s+that)?\\s*[:,]?|\\b(?:${alias}|${PERSON_NAME})\\s*:)\\s*$`,
      'u',
    ),
    outroSubjectFirst: new RegExp(
      `^[\\s,.!?;:]*(?<name>${alias}|${PRONOUN}|${PERSON_NAME}|${NAME_WORD})${ADVERBS}\\s+${SPEECH_VERB}\\b(?<rest>.*)$`,
      'u',
    ),
    outroVerbFirst: new RegExp(
      `^[\\s,.!?;:]*${SPEECH_VERB}\\s+(?<name>${alias}|${PRONOUN}|${PERSON_NAME}|${NAME_WORD})(?<rest>.*)$`,
      'u',
    ),
    subject: new RegExp(
      `\\b(?:${alias}|${PRONOUN}|(?<name>${PERSON_NAME})(?=\\s+${SPEECH_VERB}))\\b`,
      'gu',
    ),
    tail: new RegExp(
      `(?:[,;:–—-]?\\s*(?:and\\s+)?(?:${speakerRef}\\s+)?(?:also\\s+)?(?:${SPEECH_VERB}|${PARTICIPLE})(?:\\s+that)?)?\\s*[:,;–—-]?\\s*$`,
      'u',
    ),
    isAlias: (name) => aliasSet.has(normalise(name)),
    aliasAnywhere: new RegExp(`\\b${alias}\\b`, 'gu'),
    nonClaimStems: new Set(
      [
        ...['he', 'she', 'him', 'his', 'her', 'speech', 'according', 'opinion', 'view'],
        ...framingVerbs.flatMap((v) => v.split(' ')),
      ].flatMap((w) => tokenize(w).map((t) => t.stem)),
    ),
  }
  vocabularyCache.set(principal, vocabulary)
  return vocabulary
}

function claimStemsWith(text: string, vocabulary: Vocabulary, tokens = tokenize(text)): string[] {
  const aliases = [...text.matchAll(vocabulary.aliasAnywhere)].map((m) => [
    m.index,
    m.index + m[0].length,
  ])
  return tokens
    .filter(
      (t) =>
        !t.stop &&
        !vocabulary.nonClaimStems.has(t.stem) &&
        !aliases.some(([from = 0, to = 0]) => t.start >= from && t.end <= to),
    )
    .map((t) => t.stem)
}

/**
 * The stems of what a statement claims: content words, without the references to the speaker
 * ("President Tokayev", "the Head of State", "he") and the verbs that frame a report ("said").
 * Pass the text's tokens when they are at hand, to save tokenizing it again.
 */
export function claimStems(text: string, principal: Principal, tokens?: Token[]): string[] {
  return claimStemsWith(text, vocabularyFor(principal), tokens)
}

const claimWordCount = (text: string, vocabulary: Vocabulary) =>
  claimStemsWith(text, vocabulary).length

// --- attribution ---------------------------------------------------------------------------

interface Context {
  text: string
  vocabulary: Vocabulary
  principal: Principal
  /** The speaker named last, for he/she. */
  lastNamed: SpeakerRef
}

/** text[start, end) with the given quoted passages blanked out (offsets still hold). */
function maskQuotations(text: string, start: number, end: number, spans: readonly QuotedSpan[]) {
  let masked = text.slice(start, end)
  for (const q of spans) {
    const from = Math.max(q.open, start) - start
    const to = Math.min(q.close + 1, end) - start
    if (to > from) masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to)
  }
  return masked
}

function resolveName(name: string, ctx: Context): SpeakerRef {
  const trimmed = name.trim()
  if (/^(?:he|she)$/i.test(trimmed)) return ctx.lastNamed
  if (ctx.vocabulary.isAlias(trimmed)) return ctx.principal
  return { name: trimmed, role: '' }
}

/** The first reference to the principal or a pronoun in a text, resolved. */
function firstSpeakerRef(masked: string, ctx: Context): SpeakerRef | null {
  for (const m of masked.matchAll(ctx.vocabulary.subject)) {
    if (m.groups?.name) continue
    return resolveName(m[0], ctx)
  }
  return null
}

const mentionsPrincipal = (masked: string, ctx: Context) =>
  [...masked.matchAll(ctx.vocabulary.subject)].some(
    (m) => !m.groups?.name && ctx.vocabulary.isAlias(m[0]),
  )

/** The role given in apposition after a name: `said Tanzila Khashiyeva, member of …`. */
function appositiveRole(rest: string): string {
  const m = /^\s*,\s*(?<role>[^"“”]+?)\s*[.!?]?\s*$/u.exec(rest)
  return m?.groups?.role ?? ''
}

interface DirectQuote {
  span: QuotedSpan
  speaker: SpeakerRef
}

/** The speech among a sentence's quoted passages, with their speakers. */
function directQuotesOf(sentence: Span, quotations: readonly QuotedSpan[], ctx: Context) {
  const inSentence = quotations.filter((q) => q.open >= sentence.start && q.close < sentence.end)
  const found: DirectQuote[] = []
  inSentence.forEach((span, i) => {
    const previous = inSentence[i - 1]
    const next = inSentence[i + 1]
    const before = ctx.text.slice(previous ? previous.close + 1 : sentence.start, span.open)
    const after = ctx.text.slice(span.close + 1, next ? next.open : sentence.end)
    const { outroSubjectFirst, outroVerbFirst, intro, subject } = ctx.vocabulary

    const outro = outroSubjectFirst.exec(after) ?? outroVerbFirst.exec(after)
    if (outro?.groups?.name) {
      const named = resolveName(outro.groups.name, ctx)
      const role = appositiveRole(outro.groups.rest ?? '')
      const isNew = named !== ctx.principal && named !== ctx.lastNamed
      found.push({ span, speaker: isNew && role ? { ...named, role } : named })
      return
    }
    if (!intro.test(before)) return
    // The speaker is the one referred to last before the quotation (earlier quotes masked),
    // else the speaker of the previous quotation (`…,” adding that “…”`), else the last named.
    const leadIn = maskQuotations(ctx.text, sentence.start, span.open, inSentence)
    let speaker: SpeakerRef | undefined
    for (const m of leadIn.matchAll(subject)) speaker = resolveName(m.groups?.name ?? m[0], ctx)
    found.push({ span, speaker: speaker ?? found.at(-1)?.speaker ?? ctx.lastNamed })
  })
  return found
}

/** The quote's text: inside the marks, without surrounding spaces or a trailing comma. */
function quoteSpan(text: string, q: QuotedSpan): Span {
  const span = trimSpan(text, q.open + 1, q.close)
  while (span.end > span.start && /[,;:\s]/.test(text[span.end - 1] ?? '')) span.end--
  return span
}

/** A lead-in without its reporting tail (`, stressing that`), if it makes a claim of its own. */
function leadInClaim(sentence: Span, firstQuote: QuotedSpan, ctx: Context): Span | null {
  const raw = ctx.text.slice(sentence.start, firstQuote.open)
  const tail = ctx.vocabulary.tail.exec(raw)
  const span = trimSpan(ctx.text, sentence.start, sentence.start + (tail ? tail.index : raw.length))
  const claim = ctx.text.slice(span.start, span.end)
  if (!ctx.vocabulary.report.test(claim)) return null
  return claimWordCount(claim, ctx.vocabulary) >= 3 ? span : null
}

export function attribute(
  text: string,
  segmented: SegmentedText,
  options: AttributeOptions,
): Statement[] {
  const vocabulary = vocabularyFor(options.principal)
  const { principal } = options
  const ctx: Context = { text, vocabulary, principal, lastNamed: principal }
  const statements: Statement[] = []
  const add = (kind: Statement['kind'], span: Span, speaker: SpeakerRef, block: Block) => {
    if (span.end > span.start) statements.push({ kind, ...span, speaker, section: block.section })
  }

  for (const block of segmented.blocks) {
    if (block.kind !== 'bullet' && block.kind !== 'paragraph') continue
    if (block.section && PUBLISHER_SECTION.test(block.section)) continue

    if (options.kind === 'transcript') {
      const speaker = options.transcriptSpeaker ?? principal
      for (const s of block.sentences)
        if (!STAGE_DIRECTION.test(text.slice(s.start, s.end))) add('direct', s, speaker, block)
      continue
    }

    const hasSpeech = block.sentences.some(
      (s) => directQuotesOf(s, block.quotations, ctx).length > 0,
    )
    if (block.kind === 'bullet' && !hasSpeech) {
      // A factsheet bullet is one point of the speech, however many sentences it has.
      const masked = maskQuotations(text, block.start, block.end, block.quotations)
      const speaker = firstSpeakerRef(masked, ctx) ?? principal
      add('reported', trimSpan(text, block.start, block.end), speaker, block)
      ctx.lastNamed = speaker
      continue
    }

    let carriedSpeaker: SpeakerRef | null = null // a report this paragraph carries on
    block.sentences.forEach((sentence) => {
      // Resolved now, in reading order, so that "she" can refer to the previous sentence.
      const quotes = hasSpeech ? directQuotesOf(sentence, block.quotations, ctx) : []
      const first = quotes[0]
      if (first) {
        const leadIn = leadInClaim(sentence, first.span, ctx)
        if (leadIn) add('reported', leadIn, first.speaker, block)
        for (const q of quotes) add('direct', quoteSpan(text, q.span), q.speaker, block)
        ctx.lastNamed = quotes.at(-1)?.speaker ?? ctx.lastNamed
        carriedSpeaker = null
        return
      }
      const masked = maskQuotations(text, sentence.start, sentence.end, block.quotations)
      let speaker: SpeakerRef | null = null
      if (vocabulary.report.test(masked)) {
        speaker = OWN_WORDS_MARKER.test(masked.trim())
          ? ctx.lastNamed
          : (firstSpeakerRef(masked, ctx) ?? ctx.lastNamed)
      } else if (!EVENT_DESCRIPTION.test(masked)) {
        speaker = block.kind === 'bullet' ? principal : carriedSpeaker
      }
      if (mentionsPrincipal(masked, ctx)) ctx.lastNamed = principal
      if (speaker && claimWordCount(masked, vocabulary) >= 3) {
        add('reported', sentence, speaker, block)
        carriedSpeaker = speaker
      } else {
        carriedSpeaker = null
      }
    })
  }
  return statements.sort((a, b) => a.start - b.start)
}
