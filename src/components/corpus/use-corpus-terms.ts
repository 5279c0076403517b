import { formatDate, joinList } from '@/domain/corpus/format'
import type { QuoteKind, Session, SourceKind } from '@/domain/corpus/schema'
import { useT } from '@/i18n/catalog'
import { useLocale } from '@/i18n/interface-language'
import { corpusMessages } from './messages'

/**
 * The corpus's shared words in the interface language: a date, a session's name, a kind of
 * statement or of source. (Citations and exports keep English: domain/corpus/format.ts.)
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
  }
}
