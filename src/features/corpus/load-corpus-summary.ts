import summaryUrl from '@/generated/corpus-summary.json?url'
import { CorpusSummarySchema, type CorpusSummary } from '@/domain/corpus/summary'
import { cachedLoad, fetchValidated } from './cached-load'

/** The few-KB summary the overview and the footer need; never the whole corpus. */
export const loadCorpusSummary: () => Promise<CorpusSummary> = cachedLoad(() =>
  fetchValidated(summaryUrl, CorpusSummarySchema, 'corpus summary'),
)
