import * as v from 'valibot'
import summaryUrl from '@/generated/corpus-summary.json?url'
import { CorpusSummarySchema, type CorpusSummary } from '@/domain/corpus/summary'

/** The few-KB summary the overview and the footer need; never the whole corpus. */
let pending: Promise<CorpusSummary> | null = null

export function loadCorpusSummary(): Promise<CorpusSummary> {
  pending ??= fetchSummary().catch((error: unknown) => {
    pending = null // let a later navigation retry
    throw error
  })
  return pending
}

async function fetchSummary(): Promise<CorpusSummary> {
  const response = await fetch(summaryUrl)
  if (!response.ok)
    throw new Error(`The corpus summary could not be loaded (HTTP ${response.status}).`)
  const parsed = v.safeParse(CorpusSummarySchema, await response.json())
  if (!parsed.success) {
    const first = parsed.issues[0]
    throw new Error(
      `The corpus summary is malformed: ${first ? v.getDotPath(first) : ''} ${first?.message ?? ''}`,
    )
  }
  return parsed.output
}
