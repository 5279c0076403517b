import { originMessages } from '@/components/corpus/origin-messages'
import type { Origin } from '@/domain/corpus/origin'
import { useT } from '@/i18n/catalog'
import { NotFound } from './not-found'

/**
 * A statement's or a source's page for an id this browser does not have. It may be in a
 * document someone added in their own browser (such documents are never published): when the
 * link says so (`?origin=workspace`, see OriginSearchSchema) the page says it plainly, and
 * otherwise mentions it as a possibility after "not found".
 */
export function OwnDocumentNotFound({
  kind,
  id,
  origin,
}: {
  kind: 'statement' | 'source'
  id: string
  origin: Origin
}) {
  const t = useT(originMessages)
  if (origin === 'workspace')
    return (
      <NotFound
        missing={{ kind, id }}
        heading={t('elsewhere.heading')}
        explanation={t(kind === 'statement' ? 'elsewhere.statement' : 'elsewhere.source')}
        note={t('elsewhere.askSender')}
      />
    )
  return (
    <NotFound
      missing={{ kind, id }}
      note={t(kind === 'statement' ? 'elsewhere.maybe' : 'elsewhere.maybeSource')}
    />
  )
}
