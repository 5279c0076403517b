/**
 * What the builder knows of a language: its vocabulary of press writing, as data. Every rule of
 * the attribution stage is a form of writing ("“…,” SUBJECT VERB."), and the words that fill it
 * come from here, one file per language (en.ts, ru.ts, kk.ts). Entries are regular-expression
 * sources (most are plain words); a space stands for any run of spaces.
 */
export const LANGUAGES = ['en', 'ru', 'kk'] as const
export type Language = (typeof LANGUAGES)[number]

export interface LanguageData {
  code: Language
  /** Locale for Intl.Segmenter. */
  locale: string
  /** Verbs that introduce or attribute speech: `He said: “…”`, `“…,” added Smith`. */
  speechVerbs: string[]
  /** Verbs that report a stance of the speaker (`proposed`, `called for`) but do not frame a quotation. */
  reportVerbs: string[]
  /** Acts the source reports the speaker did (`awarded`, `signed`): content words, not framing. */
  actVerbs: string[]
  /** Participles that carry a quotation on: `…, stressing that “…”`. */
  participles: string[]
  /**
   * The shape of an inflected verb, for the attributions no list foresees (`“…,” the head of
   * state believes`): the subject next to a quotation is what makes it an attribution.
   */
  verbShape: string
  /**
   * The shape of a nominalised clause a verb takes as what was said (Kazakh `…жұмылғанын`,
   * `…өтелетінін`, `…керектігін`): before it, any verb ends a report (`… жоғары бағалады`).
   */
  reportedClause?: string
  /** Case endings that make a capitalised word a possessor, part of a role and not a name (Kazakh genitive). */
  possessorEndings?: string[]
  /** Words that may stand between a subject and its verb (`also`, `также`). */
  adverbs: string[]
  /** `that`, `что`, `деп`: what joins a reporting verb to what was said. */
  complementisers: string[]
  /** Personal pronouns standing for the speaker named last. */
  pronouns: string[]
  /**
   * Role nouns that stand for the person named last in an attribution (`– деп есептейді
   * сарапшы`, `– отмечает эксперт`, `the analyst said`), unless a name follows them.
   */
  anaphors?: string[]
  /** Markers of a report in the speaker's words (`According to him,`); `SPEAKER` stands for a reference to a person. */
  ownWordsMarkers: string[]
  /** Descriptions of the event, not statements (`took part in`, `spoke at`). */
  eventVerbs: string[]
  /**
   * A report that only says where something was said (`Президент бұл туралы … сессиясында айтты`,
   * `He said this at the session`): an event, not a statement.
   */
  saidAtEvent: string[]
  /** Sentences that describe the speech rather than report it (`The main message of the speech is`). */
  aboutTheSpeech: string[]
  /** Words before a quoted name, title or slogan (`titled`, `the motto`): a mention, not speech. */
  mentionMarkers: string[]
  /** Words after a quoted name, title or slogan (`campaign`, Kazakh `атты`, `деген`). */
  mentionMarkersAfter: string[]
  /** Headings of the publisher's sections (`Background`, `About …`, `Справка`). */
  publisherSections: string[]
  /** Web-page residue: whole lines or line openings (`Read also`, `USD 450.12`, `Subscribe`). */
  residue: string[]
  /** Bylines and photo captions (`By Jane Smith`, `Photo: …`). */
  bylines: string[]
  captions: string[]
  /** A lead-in after which a document reproduces the speaker's own words. */
  speechLeadIns: string[]
  /** Where a sentence's next clause begins (`, and `, `, и `, `, біз `): a report ends there. */
  clauseBreaks: string[]
  /** Words that name an interview's guest after them (`an interview with`, `интервью с`). */
  interviewWith: string[]
  /** Interview labels. */
  questionLabels: string[]
  answerLabels: string[]
  /** Salutations of a speech (`Dear compatriots!`). */
  salutations: string[]
  /** Stage notes of a transcript (`(Applause)`), without their brackets. */
  stageNotes: string[]
  /** Month names (any case form), for datelines. */
  months: string[]
  /**
   * The regular-expression source matching a word of a name or title and its inflected forms
   * (Иванов → Иванова, Иванову; Асанов → Асановтың). English does not inflect names.
   */
  inflect: (word: string, isLast: boolean) => string
}
