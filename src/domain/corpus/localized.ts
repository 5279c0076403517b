/**
 * A topic's or a session's words in the interface language: the corpus carries them in English
 * and, where corpus/topics.json and corpus/sessions.json give them, in Russian and Kazakh
 * (`languages`). English stands in where a translation is missing. Statements, titles and names
 * are never translated.
 */
import type { Session, Topic } from './schema'

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
