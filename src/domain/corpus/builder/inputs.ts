/**
 * The input schemas (valibot) and their checks: sessions.json, topics.json, overrides.json and
 * each document's <name>.meta.json. Every input is checked before the pipeline runs, and a
 * failed check names the file and the field.
 */
import * as v from 'valibot'
import { IdSchema, QUOTE_KINDS, SessionSchema, SOURCE_KINDS } from '../schema'
import { isWebUrl } from '../../url/app-path'
import { LANGUAGES } from './language'
import type { Problem } from './problems'

export const SessionsFileSchema = v.array(v.strictObject(SessionSchema.entries))

const PhrasesSchema = v.array(v.pipe(v.string(), v.minLength(1)))

/** A topic in one language: its name and what it covers, and the rules for that language. */
const TopicLanguageSchema = v.strictObject({
  label: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.minLength(1)),
  rules: v.pipe(PhrasesSchema, v.minLength(1)),
  ignore: v.optional(PhrasesSchema),
})

export const TopicInputSchema = v.strictObject({
  id: IdSchema,
  label: v.pipe(v.string(), v.minLength(1)),
  description: v.pipe(v.string(), v.minLength(1)),
  /** Words or phrases of English; each matches its inflections and spelling variants. */
  rules: v.pipe(PhrasesSchema, v.minLength(1)),
  /** Phrases blanked out before matching (e.g. "session of the Assembly"). */
  ignore: v.optional(PhrasesSchema),
  /** The same topic in the corpus's other languages: a statement in any of them gets its id. */
  languages: v.optional(
    v.strictObject({ ru: v.optional(TopicLanguageSchema), kk: v.optional(TopicLanguageSchema) }),
  ),
})
export const TopicsFileSchema = v.array(TopicInputSchema)

export const OverrideSchema = v.strictObject({
  /** Replaces the tagger's topics. */
  topics: v.optional(v.array(IdSchema)),
  /** A speaker id of the built corpus. */
  speaker: v.optional(IdSchema),
  /** Leaves the statement out of the corpus (it stays readable in its source). */
  exclude: v.optional(v.boolean()),
  /** Direct or reported, whatever the attribution step read. */
  kind: v.optional(v.picklist(QUOTE_KINDS)),
  /**
   * A passage the builder left out, taken as a statement: `text` is
   * `<cleaned text of source>.slice(start, end)` and the key is the id the statement gets.
   */
  passage: v.optional(
    v.strictObject({
      source: IdSchema,
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(1)),
      text: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
  /** Why: for the next editor. */
  note: v.optional(v.string()),
})
export const OverridesFileSchema = v.record(v.string(), OverrideSchema)

/** Texts per language: `{ "en": "…", "ru": "…", "kk": "…" }`. */
const PerLanguage = <S extends v.GenericSchema>(schema: S) =>
  v.record(
    v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a language code (en, ru, kk)')),
    schema,
  )
const Text = v.pipe(v.string(), v.minLength(1))
const IsoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'))

/** One person of corpus/speakers.json (docs/corpus.md, “speakers.json”). */
export const SpeakerInputSchema = v.strictObject({
  id: IdSchema,
  /** The person the corpus is about: a document's statements are his unless it says otherwise. */
  principal: v.optional(v.boolean()),
  name: PerLanguage(Text),
  role: PerLanguage(v.string()),
  /** Other ways sources name the person, per language. */
  aliases: v.optional(PerLanguage(v.array(Text))),
  /** Titles that refer to the person between two dates (`to: null`: still). */
  titles: v.optional(
    v.array(
      v.strictObject({
        from: v.nullable(IsoDate),
        to: v.nullable(IsoDate),
        /** The office the title is of: the holder on a document's date is whom it speaks of by default. */
        office: v.optional(IdSchema),
        forms: PerLanguage(v.array(Text)),
      }),
    ),
  ),
})
export const SpeakersFileSchema = v.array(SpeakerInputSchema)

export const SourceMetaSchema = v.strictObject({
  id: IdSchema,
  title: v.pipe(v.string(), v.minLength(1)),
  kind: v.picklist(SOURCE_KINDS),
  date: v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)')),
  sessionId: IdSchema,
  /** en, ru or kk; when missing, the builder detects it (and says so). */
  language: v.optional(v.picklist(LANGUAGES, 'must be one of: en, ru, kk')),
  /** Only where the document names them; never guessed. */
  publisher: v.optional(v.nullable(v.string()), null),
  url: v.optional(
    v.nullable(v.pipe(v.string(), v.check(isWebUrl, 'must be an http(s) address (https://…)'))),
    null,
  ),
  /** Whose words a transcript is (default: the President). */
  speaker: v.optional(
    v.strictObject({ name: v.pipe(v.string(), v.minLength(1)), role: v.string() }),
  ),
  /** The id of the document this one translates (Akorda publishes each speech in three languages). */
  translationOf: v.optional(IdSchema),
  note: v.optional(v.string()),
})

export type SpeakerInput = v.InferOutput<typeof SpeakerInputSchema>
export type SessionInput = v.InferOutput<typeof SessionsFileSchema>[number]
export type TopicInput = v.InferOutput<typeof TopicInputSchema>
export type Override = v.InferOutput<typeof OverrideSchema>
export type Overrides = v.InferOutput<typeof OverridesFileSchema>
export type SourceMeta = v.InferOutput<typeof SourceMetaSchema>

/** Parses `value` with `schema`; failures become problems naming the file and the field. */
export function check<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  file: string,
  problems: Problem[],
  hint: string,
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, value)
  if (result.success) return result.output
  for (const issue of result.issues.slice(0, 10)) {
    const path = v.getDotPath(issue)
    problems.push({
      file,
      message: `${path ? `"${path}": ` : ''}${issue.message}`,
      hint,
    })
  }
  return undefined
}
