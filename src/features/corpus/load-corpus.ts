import * as v from 'valibot'
import corpusUrl from '@/generated/corpus.json?url'
import { buildCorpusModel, type CorpusModel } from '@/domain/corpus/model'
import { CorpusSchema } from '@/domain/corpus/schema'

/**
 * The corpus ships as a hashed static JSON asset, fetched once and shared by every view,
 * so the JavaScript that paints the shell never waits on it.
 */
let pending: Promise<CorpusModel> | null = null

export function loadCorpus(): Promise<CorpusModel> {
  pending ??= fetchCorpus().catch((error: unknown) => {
    pending = null // let a later navigation retry
    throw error
  })
  return pending
}

async function fetchCorpus(): Promise<CorpusModel> {
  const response = await fetch(corpusUrl)
  if (!response.ok) throw new Error(`The corpus could not be loaded (HTTP ${response.status}).`)
  const parsed = v.safeParse(CorpusSchema, await response.json())
  if (!parsed.success) {
    const first = parsed.issues[0]
    throw new Error(
      `The corpus file is malformed: ${first ? v.getDotPath(first) : ''} ${first?.message ?? ''}`,
    )
  }
  return buildCorpusModel(parsed.output)
}
