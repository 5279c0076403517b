/**
 * A topic's or a session's words in the interface language: the corpus carries them in English
 * and, where corpus/topics.json and corpus/sessions.json give them, in Russian and Kazakh
 * (`languages`). English stands in where a translation is missing. Statements, titles and names
 * are never translated.
 */
import type { Session, Speaker, Topic } from './schema'

type Translated = 'ru' | 'kk'
const translated = (locale: string): locale is Translated => locale === 'ru' || locale === 'kk'

/** The topic's name, e.g. "Языковая политика" in Russian. */
export function topicLabel(topic: Pick<Topic, 'label' | 'languages'>, locale: string): string {
  return (translated(locale) && topic.languages?.[locale]?.label) || topic.label
}

/** What the topic covers, in one sentence. */
export function topicDescription(
  topic: Pick<Topic, 'description' | 'languages'>,
  locale: string,
): string {
  return (translated(locale) && topic.languages?.[locale]?.description) || topic.description
}

/** The session's theme (empty when it has none). */
export function sessionTheme(
  session: Pick<Session, 'theme' | 'languages'>,
  locale: string,
): string {
  return (translated(locale) && session.languages?.[locale]?.theme) || session.theme
}

/** Where the session was held, or null. */
export function sessionPlace(
  session: Pick<Session, 'place' | 'languages'>,
  locale: string,
): string | null {
  return (translated(locale) && session.languages?.[locale]?.place) || session.place
}

/** The speaker's name as the interface language writes it ("Айгерим Бекова", "Айгерім Бекова"). */
export function speakerName(speaker: Pick<Speaker, 'name' | 'languages'>, locale: string): string {
  return (translated(locale) && speaker.languages?.[locale]?.name) || speaker.name
}

/** The speaker's office or role, in the interface language where the data has it. */
export function speakerRole(speaker: Pick<Speaker, 'role' | 'languages'>, locale: string): string {
  return (translated(locale) && speaker.languages?.[locale]?.role) || speaker.role
}

/**
 * The language a topic's, session's or speaker's words are shown in: the interface's when the
 * data has them in it, else English (for the `lang` attribute of the words that stand in).
 */
export function wordsLanguage(
  entity: { languages?: Partial<Record<Translated, unknown>> },
  locale: string,
): string {
  return translated(locale) && entity.languages?.[locale] ? locale : 'en'
}
