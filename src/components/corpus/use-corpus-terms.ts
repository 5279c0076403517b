import { formatDate, joinList } from '@/domain/corpus/format'
import {
  sessionPlace,
  sessionTheme,
  speakerName,
  speakerRole,
  topicDescription,
  topicLabel,
} from '@/domain/corpus/localized'
import type { QuoteKind, Session, SourceKind, Speaker, Topic } from '@/domain/corpus/schema'
import { useT } from '@/i18n/catalog'
import { useLocale } from '@/i18n/interface-language'
import { corpusMessages } from './messages'

/**
 * The corpus's shared words in the interface language: a date, a session's name, theme and
 * place, a topic's name and description, a speaker's name and role, a kind of statement or
 * of source. (Citations and exports keep English: domain/corpus/format.ts.)
 */
export function useCorpusTerms() {
  const t = useT(corpusMessages)
  const locale = useLocale()
  return {
    t,
    locale,
    date: (iso: string) => formatDate(iso, locale),
    list: (items: readonly string[]) => joinList(items, locale),
    sessionName: (session: Pick<Session, 'roman'>) => t('session.name', { roman: session.roman }),
    kindName: (kind: QuoteKind) => t(`kind.${kind}`),
    sourceKindName: (kind: SourceKind) => t(`sourceKind.${kind}`),
    topicLabel: (topic: Pick<Topic, 'label' | 'languages'>) => topicLabel(topic, locale),
    topicDescription: (topic: Pick<Topic, 'description' | 'languages'>) =>
      topicDescription(topic, locale),
    sessionTheme: (session: Pick<Session, 'theme' | 'languages'>) => sessionTheme(session, locale),
    sessionPlace: (session: Pick<Session, 'place' | 'languages'>) => sessionPlace(session, locale),
    speakerName: (speaker: Pick<Speaker, 'name' | 'languages'>) => speakerName(speaker, locale),
    speakerRole: (speaker: Pick<Speaker, 'role' | 'languages'>) => speakerRole(speaker, locale),
  }
}
