/**
 * The forms of press writing as regular expressions, each built from named parts (exported in
 * `parts` so that each has its own test) and filled with a language's vocabulary (language/*.ts)
 * and the people a document can refer to (speakers.ts).
 *
 * JavaScript's `\b` knows only ASCII letters, so word edges are `START`/`END` (any letter).
 */
import type { LanguageData } from './language'
import { escapeRegExp } from './language/escape'
import type { People } from './speakers'
import { tokenize } from './words'

/** Word edges that know every alphabet. */
export const START = '(?<![\\p{L}\\p{N}])'
export const END = '(?![\\p{L}\\p{N}])'

const alternation = (items: readonly string[]) =>
  `(?:${[...items].sort((a, b) => b.length - a.length).join('|')})`
/** Vocabulary entries use `\b` after a word and a space for any run of spaces. */
const entry = (source: string) => source.replace(/\\b/g, END).replace(/ /g, '\\s+')
const words = (items: readonly string[]) => alternation(items.map(entry))
/** A sentence may open with the entry: its first letter in either case (`According`, `По словам`). */
const openingCase = (source: string) =>
  /^\p{Ll}/u.test(source) ? `[${source[0]?.toUpperCase()}${source[0]}]${source.slice(1)}` : source

/** A capitalised word of a name, in any alphabet (Aigerim, Бекова, Асанов, O’Brien). */
export const NAME_WORD = "\\p{Lu}[\\p{L}’'-]+"
/** Two to four capitalised words. */
export const PERSON_NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}`
const DASH = '[–—-]'

/**
 * A person's name in a language: two to four capitalised words, where the language marks a
 * possessor (Kazakh genitive `Ассамблеяның`, `Төрағасының`) never holding one nor followed by
 * the noun it possesses (`Облыстық Ассамблея хатшылығының меңгерушісі`): those words are a
 * role before the name, not the name.
 */
export function personNameOf(language: LanguageData): string {
  const possessor = language.possessorEndings
  if (!possessor || possessor.length === 0) return PERSON_NAME
  const ending = alternation(possessor)
  const word = `${NAME_WORD}(?<!${ending})`
  return `${word}(?:\\s+${word}){1,3}(?!\\s+\\p{Ll}+${ending}${END})`
}

export interface Patterns {
  language: LanguageData
  people: People
  /** The language puts the verb last (Kazakh). */
  verbFinal: boolean
  /** The named parts, as regular-expression sources. */
  parts: {
    alias: string
    pronoun: string
    speaker: string
    speechVerb: string
    reportVerb: string
    anyVerb: string
    participle: string
    complementiser: string
    adverbs: string
    ownWords: string
    month: string
    dateline: string
  }
  /** A sentence that reports what someone said, believes or did. */
  report: RegExp
  /** `According to him, …`, `По словам Президента, …`, `Оның айтуынша, …`. */
  ownWords: RegExp
  /** The same markers with a name no list has: `По мнению Ахметова, …`, `Омаровтың айтуынша, …`. */
  ownWordsNamed: RegExp
  /** The words of those markers (`по`, `как`): not names when capitalised. */
  markerWords: Set<string>
  /** The text before a quotation introduces it: `He said:`, `stressing that`, `Smith:`. */
  intro: RegExp
  /** Attribution after a quotation, subject first: `, Smith said.`, `, the head of state believes.` */
  outroSubjectFirst: RegExp
  /** Attribution after a quotation, verb first: `, added Smith`, `», – сказал Иванов.` */
  outroVerbFirst: RegExp
  /** Attribution after a quotation whose subject stands before it: `Асанов «…» деп атап өтті.` */
  outroBare: RegExp
  /** A person named as the subject of a report (`Ержан Бекмуратов заявил, что…`). */
  namedSubject: RegExp
  /** A pronoun or a role noun standing for the person named last (`he`, `ол`, `the expert`, `сарапшы`). */
  isPronoun: (word: string) => boolean
  /** A person's name anywhere (global): two to four capitalised words. */
  anyName: RegExp
  /** References to a speaker (global): an alias, a pronoun, or a name before a speech verb. */
  subject: RegExp
  /** The reporting tail of a lead-in, to cut it off: `, stressing that`, `He said:`. */
  tail: RegExp
  aliasAnywhere: RegExp
  /** Where a sentence's next clause begins. */
  clauseBreak: RegExp
  event: RegExp
  /** `He said this at the session`, `Об этом Президент заявил на сессии`: where, not what. */
  saidAtEvent: RegExp
  /**
   * An attribution inside one pair of marks, between dashes (Russian and Kazakh):
   * `«…, – заявил Иванов. – …»`, `«…, – деді Ахметов. – …»`; also after a dash-opened line.
   */
  innerAttribution: RegExp
  /** Verb, role, then name (Russian and Kazakh order): `», – сказала член Ассамблеи … Айгерим Сейтова.` */
  outroRoleName: RegExp
  /** A speech verb with what was said after it (`said that`, `stressed:`): not an event. */
  speechClause: RegExp
  aboutTheSpeech: RegExp
  mentionBefore: RegExp
  mentionAfter: RegExp
  publisherSection: RegExp
  residue: RegExp
  /** Residue anywhere in a short line (`Egemen Qazaqstan Бөлісу:`). */
  residueAnywhere: RegExp
  byline: RegExp
  caption: RegExp
  speechLeadIn: RegExp
  questionLabel: RegExp
  answerLabel: RegExp
  /** A line that is only `SPEAKER:` (a live blog): the quotation below it is theirs. */
  speakerLine: RegExp
  /** `Name:` or `Name –` opening an interview turn. */
  nameLabel: RegExp
  salutation: RegExp
  /** `an interview with Deputy Chairman Marat Seitkaliyev`: the guest is the name after it. */
  interviewWith: RegExp
  stageNote: RegExp
  /** A dateline opening a paragraph: `ASTANA, April 27 – Kazinform.`, `АСТАНА. 27 апреля. КАЗИНФОРМ –`. */
  datelinePrefix: RegExp
  /** A line that is only a dateline or a date. */
  datelineLine: RegExp
  /** Stems that make no claim: pronouns and the verbs that frame a report. */
  nonClaimStems: Set<string>
}

/** A dateline's named parts (exported for their tests). */
export function datelineParts(month: string) {
  const city = `\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?`
  const date = `(?:\\d{1,2}\\s+${month}(?:\\s+\\d{4})?(?:\\s+(?:года|г\\.|ж\\.|жылы))?|${month}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})`
  const agency = `(?:\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,})*|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}+)`
  const sep = '\\s*[.,]\\s*'
  const dash = `\\s*${DASH}\\s*`
  const prefix = `^(?:${city}(?:${sep}(?:${date}|${agency})){1,2}(?:${sep})?${dash}(?:(?:${agency}|\\p{Lu}[\\p{L}-]+)\\s*\\.\\s*)?|${city}\\s*\\(${agency}\\)${dash})`
  const time = '(?:\\d{1,2}:\\d{2},?\\s+)'
  const line = `^(?:${city}(?:${sep}(?:${date}|${agency})){1,2}\\s*[.${'–—-'}]?\\s*(?:(?:${agency}|\\p{Lu}[\\p{L}-]+)\\s*\\.?)?|${time}?${date}(?:,?\\s+\\d{1,2}:\\d{2})?\\.?)$`
  return { city, date, agency, prefix, line }
}

const cache = new WeakMap<People, Patterns>()

export function patternsFor(language: LanguageData, people: People): Patterns {
  const cached = cache.get(people)
  if (cached && cached.language === language) return cached
  const L = language
  const article = L.code === 'en' ? '(?:[Tt]he\\s+)?' : ''
  const alias = `(?:${article}(?:${people.pattern}))`
  const capitalisable = (p: string) =>
    `[${p[0]?.toUpperCase()}${p[0]}]${escapeRegExp(p.slice(1)).replace(/ /g, '\\s+')}`
  const anaphors = L.anaphors ?? []
  // A role noun stands for the person named last only when no name follows it (`сарапшы Асан Асанов`).
  const pronoun = `(?:${[...L.pronouns, ...anaphors]
    .sort((a, b) => b.length - a.length)
    .map((p) => capitalisable(p) + (anaphors.includes(p) ? '(?!\\s+\\p{Lu})' : ''))
    .join('|')})`
  const pronounWords = new Set([...L.pronouns, ...anaphors].map((p) => p.toLowerCase()))
  const speaker = `(?:${alias}|${pronoun})`
  const speechVerb = words(L.speechVerbs)
  /** A verb opening the sentence before its subject: `Подчеркнул Президент и то, что…`. */
  const reportVerbOpening = words(
    [...L.speechVerbs, ...L.reportVerbs, ...L.actVerbs].map(openingCase),
  )
  const reportVerb = words([...L.speechVerbs, ...L.reportVerbs, ...L.actVerbs])
  const anyVerb = `(?:${speechVerb}|${L.verbShape})`
  const participle = words(L.participles)
  const complementiser = words(L.complementisers)
  const adverbs = `(?:,?\\s+${words(L.adverbs)},?){0,2}`
  const ownWords = words(L.ownWordsMarkers.map((m) => openingCase(m).replace(/SPEAKER/g, alias)))
  /** …with a name no list has (`По мнению Ахметова`, `Омаровтың айтуынша`): case-sensitive. */
  const ownWordsNamed = words(
    L.ownWordsMarkers
      .filter((m) => m.includes('SPEAKER'))
      .map((m) => openingCase(m).replace(/SPEAKER/g, `${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}`)),
  )
  const month = `(?:${L.months.map((m) => `[${m[0]?.toUpperCase()}${m[0]}]${m.slice(1)}`).join('|')})\\.?`
  const dateline = datelineParts(month)
  const PERSON = personNameOf(L)
  const personName = `(?:${alias}|${pronoun}|${PERSON}|${NAME_WORD})`

  const verbFinal = L.code === 'kk'
  /** Words between a subject and its verb: `, in his speech,` or (Russian) `в своем выступлении`. */
  const insertion =
    L.code === 'ru'
      ? '(?:,[^,.!?«»]{1,60},|(?:\\s+(?!что)[\\p{Ll}][\\p{L}-]*){1,3}?)?'
      : '(?:,[^,.!?“”"]{1,60},)?'
  /**
   * How a verb-final report ends: a listed verb, or any verb after what was said as a
   * nominalised clause or `деп` (`… жұмылғанын жоғары бағалады`, `… ашады деп сенеді`); at the
   * sentence's end, before a colon that spells it out (`міндет қойды: …`), or before the comma
   * of the next clause (`… керек деді, біз де …`: the report is the clause).
   */
  const reportEnd = `(?:${START}${reportVerb}${END}|${START}(?:${L.reportedClause ?? '(?!)'}|${complementiser})(?:\\s+\\p{Ll}+){0,2}?\\s+${L.verbShape}${END})(?:[\\s.!?…»"”)]*$|\\s*:\\s|,\\s)`
  /** `Иванов объявил, что…`, `рассказал журналистам, что…`: any verb before `что`/`that`, an object between. */
  const verbThat = `${L.verbShape}${END}(?=(?:\\s+\\p{Ll}+)?,?\\s+${complementiser}${END})`
  // …after a name too, where names in capitals are people's (English writes agencies so:
  // `Earlier Kazinform reported that…` is narration).
  const namedVerbThat = L.code === 'en' ? '' : `|${verbThat}`
  /** Kazakh `«…», – деп Президент Ассамблея мүшелеріне үндеу тастады.`: `деп`, the subject, its verb last. */
  const kkOutro = verbFinal
    ? `|^[\\s,.!?;:…]*(?:${DASH}\\s*)?${complementiser}\\s+(?<name3>${alias}|${PERSON})(?:\\s+\\p{L}+){0,4}?\\s+${L.verbShape}${END}(?<rest3>[\\s.!?…]*)$`
    : ''
  const report = verbFinal
    ? // Kazakh puts the verb last: `Мемлекет басшысы … екенін атап өтті.`
      `${START}(?:${speaker}|${PERSON})${END}.*${reportEnd}|${START}${ownWords}${END}|^\\s*${ownWordsNamed}${END}|${START}(?:${complementiser}\\s+)?${reportVerb}\\s+${alias}${END}`
    : `${START}${speaker}${END},?${adverbs}${insertion}\\s+(?:${reportVerb}${END}|${verbThat})|${START}${ownWords}${END}|^\\s*${ownWordsNamed}${END}|${START}${reportVerbOpening}\\s+${alias}${END}|${START}${PERSON},?${adverbs}${insertion}\\s+(?:${speechVerb}${END}(?=(?:\\s+[\\p{L}’'-]+){0,3}?\\s*,?\\s*${complementiser}${END}|\\s*:)${namedVerbThat})`
  const line = (items: readonly string[]) => new RegExp(`^\\s*${words(items)}`, 'iu')

  const patterns: Patterns = {
    language,
    people,
    verbFinal,
    parts: {
      alias,
      pronoun,
      speaker,
      speechVerb,
      reportVerb,
      anyVerb,
      participle,
      complementiser,
      adverbs,
      ownWords,
      month,
      dateline: dateline.prefix,
    },
    report: new RegExp(report, 'u'),
    ownWords: new RegExp(`^\\s*${ownWords}`, 'iu'),
    ownWordsNamed: new RegExp(`^\\s*${ownWordsNamed}${END}`, 'u'),
    markerWords: new Set(L.ownWordsMarkers.flatMap((m) => m.toLowerCase().match(/\p{L}+/gu) ?? [])),
    intro: new RegExp(
      `(?:${START}(?:${speechVerb}|${participle})(?:\\s*,?\\s+${complementiser})?\\s*[:,]?|${START}(?:${alias}|${PERSON})\\s*:|${START}${speaker}${END}[^.!?:«»“”"]{0,80}:|${START}${ownWords}\\s*,?)\\s*(?:${DASH}\\s*)?$`,
      'u',
    ),
    outroSubjectFirst: new RegExp(
      `^(?:[\\s,!?;:…]*|[\\s,.!?;:…]*${DASH}\\s*)(?<name>${alias}|${pronoun}|${PERSON})${adverbs}\\s+(?:${anyVerb})${END}(?<rest>.*)$|^[\\s,.!?;:…]*(?:${DASH}\\s*)?(?<name2>${personName})${adverbs}\\s+${speechVerb}${END}(?<rest2>.*)$${kkOutro}`,
      'u',
    ),
    outroVerbFirst: new RegExp(
      `^[\\s,.!?;:…]*(?:${DASH}\\s*)?(?:${complementiser}\\s+)?(?:${speechVerb}|${L.verbShape})\\s+(?<name>${personName})(?<rest>.*)$`,
      'u',
    ),
    outroBare: new RegExp(
      `^[\\s,.!?;:…]*(?:${DASH}\\s*)?(?:${complementiser}\\s+)?${speechVerb}${END}[\\s.!?…]*$`,
      'u',
    ),
    namedSubject: new RegExp(
      verbFinal
        ? `${START}(?<name>${PERSON})${END}(?=.*${reportEnd})`
        : `${START}(?<name>${PERSON}),?${adverbs}${insertion}\\s+(?:${reportVerb}${END}${namedVerbThat})`,
      'u',
    ),
    isPronoun: (word) => pronounWords.has(word.trim().replace(/\s+/g, ' ').toLowerCase()),
    anyName: new RegExp(`${START}${PERSON}${END}`, 'gu'),
    subject: new RegExp(
      `${START}(?:${alias}|${pronoun}|(?<name>${PERSON})(?=\\s+${speechVerb}))${END}`,
      'gu',
    ),
    tail: new RegExp(
      `(?:[,;:–—-]?\\s*(?:(?:and|и|және)\\s+)?(?:${speaker}\\s+)?${adverbs.replace('{0,2}', '{0,1}')}\\s*(?:${speechVerb}|${participle})(?:\\s*,?\\s+${complementiser})?)?\\s*[:,;–—-]?\\s*$`,
      'u',
    ),
    aliasAnywhere: new RegExp(`${START}${alias}${END}`, 'gu'),
    clauseBreak: new RegExp(words(L.clauseBreaks), 'u'),
    event: new RegExp(`${START}${words(L.eventVerbs)}${END}`, 'iu'),
    speechClause: new RegExp(
      `${START}(?:(?:${speechVerb}|${words(L.reportVerbs)})(?:\\s*,?\\s+${complementiser}${END}|\\s*:)|${participle}${END}|${ownWords}${namedVerbThat})`,
      'iu',
    ),
    saidAtEvent: new RegExp(words(L.saidAtEvent.map((m) => m.replace(/SPEAKER/g, alias))), 'iu'),
    innerAttribution: new RegExp(
      `[,!?…]?\\s*${DASH}\\s*(?:(?:${complementiser}\\s+)?(?:${speechVerb}|${L.verbShape})\\s+(?<name>${personName})|(?<name2>${alias}|${pronoun}|${PERSON})\\s+(?:${complementiser}\\s+)?(?:${anyVerb}))(?<rest>[^–—«»“”"]{0,120}?)[.,:]\\s*${DASH}\\s*`,
      'u',
    ),
    outroRoleName: new RegExp(
      `^[\\s,.!?;:…]*(?:${DASH}\\s*)?(?:${complementiser}\\s+)?(?:${speechVerb}|${L.verbShape})\\s+(?<role>[^.!?]*?)[,\\s]+(?<name>${PERSON})\\s*[.!?…]*\\s*$`,
      'u',
    ),
    aboutTheSpeech: new RegExp(`${START}${words(L.aboutTheSpeech)}`, 'iu'),
    mentionBefore: new RegExp(`${START}${words(L.mentionMarkers)}\\s*[:,-]?\\s*$`, 'iu'),
    mentionAfter: new RegExp(`^\\s*${words(L.mentionMarkersAfter)}${END}`, 'iu'),
    publisherSection: line(L.publisherSections),
    residue: line(L.residue),
    residueAnywhere: new RegExp(
      `${START}${words(L.residue.map((r) => r.replace(/^\.\*/, '')))}`,
      'iu',
    ),
    byline: line(L.bylines),
    caption: line(L.captions),
    speechLeadIn: new RegExp(words(L.speechLeadIns.map((s) => s.replace(/SPEAKER/g, alias))), 'iu'),
    questionLabel: new RegExp(`^\\s*${words(L.questionLabels)}\\s*[:.]\\s+`, 'iu'),
    answerLabel: new RegExp(`^\\s*${words(L.answerLabels)}\\s*[:.]\\s+`, 'iu'),
    speakerLine: new RegExp(`^\\s*(?<name>${alias}|${PERSON})\\s*:\\s*$`, 'u'),
    nameLabel: new RegExp(`^\\s*(?<name>${alias}|${PERSON}|${NAME_WORD})\\s*:\\s+`, 'u'),
    salutation: line(L.salutations),
    interviewWith: new RegExp(
      `${START}${words(L.interviewWith)}${END}[^.!?:]*?(?<name>${PERSON})${END}`,
      'iu',
    ),
    stageNote: new RegExp(
      `^[([]\\s*${words(L.stageNotes)}[^)\\]]*[)\\]]\\.?$|^[([][^)\\]]*[)\\]]\\.?$`,
      'iu',
    ),
    datelinePrefix: new RegExp(dateline.prefix, 'u'),
    datelineLine: new RegExp(dateline.line, 'u'),
    nonClaimStems: new Set(
      [
        ...['he', 'she', 'him', 'his', 'her', 'speech', 'according', 'opinion', 'view'],
        ...L.pronouns,
        ...[...L.speechVerbs, ...L.reportVerbs, ...L.participles]
          .filter((v) => !/^state/.test(v)) // "state" is also a noun (state language, state bodies)
          .map((v) => v.replace(/\[sz\]/g, 's').replace(/\(\?:u\)\?/g, 'u'))
          .filter((v) => !/[()[\]?|\\]/.test(v))
          .flatMap((v) => v.split(' ')),
      ].flatMap((w) => tokenize(w, L.code).map((t) => t.stem)),
    ),
  }
  cache.set(people, patterns)
  return patterns
}
