/**
 * A prerendered page's description (its <meta name="description"> and Open Graph text) in the
 * interface language: the domain says what the page is (page-metadata.ts), this words it with
 * the catalogs, in the language active when the page is rendered.
 */
import english from 'virtual:messages/en/meta'
import { corpusMessages } from '@/components/corpus/messages'
import { formatDate } from '@/domain/corpus/format'
import { sessionTheme, topicDescription, topicLabel } from '@/domain/corpus/localized'
import type { DescribedPage } from '@/domain/export/page-metadata'
import type Source from '@/i18n/messages/en/meta.json'
import { defineCatalog, translator } from '@/i18n/catalog'
import { currentLocale } from '@/i18n/i18n'

export const metaMessages = defineCatalog<typeof Source>('meta', english)

const LIST_KEYS = {
  '/': 'list.home',
  '/sessions': 'list.sessions',
  '/topics': 'list.topics',
  '/quotes': 'list.quotes',
  '/data': 'list.data',
  '/kwic': 'list.kwic',
  '/trends': 'list.trends',
} as const

export function describePage(page: DescribedPage): string {
  const t = translator(metaMessages)
  const locale = currentLocale()
  const date = (iso: string) => formatDate(iso, locale)
  switch (page.kind) {
    case 'list':
      return t(LIST_KEYS[page.path])
    case 'session': {
      const { session } = page
      const theme = sessionTheme(session, locale)
      const values = { roman: session.roman, date: date(session.date), theme }
      return theme ? t('sessionWithTheme', values) : t('session', values)
    }
    case 'topic':
      return t('topic', {
        label: topicLabel(page.topic, locale),
        description: topicDescription(page.topic, locale),
      })
    case 'source':
      return t('source', {
        title: page.source.title,
        kind: translator(corpusMessages)(`sourceKind.${page.source.kind}`),
        date: date(page.source.date),
      })
    case 'statement':
      return t('statement', {
        text: page.text,
        speaker: page.record.speakerName,
        roman: page.roman,
        date: date(page.record.date),
        source: page.record.sourceTitle,
      })
  }
}
