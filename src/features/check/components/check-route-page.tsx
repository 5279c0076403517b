import type { CorpusModel } from '@/domain/corpus/model'
import { loadCheckCorpora } from '../load-check-corpus'
import { CheckPage } from './check-page'

/** /check over the published corpus, and the user's own documents when there are any. */
export function CheckRoutePage({
  model,
  text,
  onTextChange,
}: {
  model: CorpusModel
  text: string | undefined
  onTextChange: (text: string | undefined) => void
}) {
  return (
    <CheckPage
      model={model}
      text={text}
      onTextChange={onTextChange}
      corpora={loadCheckCorpora(model)}
      scope={model.workspaceSourceIds.size > 0 ? 'workspace' : 'corpus'}
    />
  )
}
