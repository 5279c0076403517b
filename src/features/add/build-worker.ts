/// <reference lib="webworker" />
/**
 * Runs the corpus builder (the CLI's pipeline, through src/domain/workspace/builder-adapter.ts)
 * off the page's thread, so that typing never waits for it. The published topics' rules and
 * editorial overrides are bundled into this worker: they are the build's inputs, not the app's.
 */
import overrides from '../../../corpus/overrides.json'
import topics from '../../../corpus/topics.json'
import type { Corpus } from '@/domain/corpus/schema'
import {
  buildDrafts,
  leftOutPassages,
  prepareCorpus,
  type PreparedCorpus,
} from '@/domain/workspace/builder-adapter'
import type { BuildReply, BuildRequest } from './build-protocol'

declare const self: DedicatedWorkerGlobalScope

let held: { corpus: Corpus; prepared: PreparedCorpus } | null = null

self.onmessage = (event: MessageEvent<BuildRequest>) => {
  const started = performance.now()
  const { id, corpus, drafts, sessions } = event.data
  if (corpus) held = { corpus, prepared: prepareCorpus({ corpus, topics, overrides }) }
  if (!held) throw new Error('the build worker was asked to build before it was given the corpus')
  const outcome = buildDrafts(
    { corpus: held.corpus, topics, overrides },
    drafts,
    sessions,
    event.data.overrides,
    held.prepared,
  )
  const leftOut: BuildReply['leftOut'] = {}
  if (outcome.ok)
    for (const draft of drafts) {
      const source = outcome.corpus.sources.find((s) => s.id === draft.id)
      if (source)
        leftOut[draft.id] = leftOutPassages(
          source,
          outcome.corpus.quotes.filter((q) => q.sourceId === draft.id),
        )
    }
  const reply: BuildReply = { id, outcome, leftOut, ms: performance.now() - started }
  self.postMessage(reply)
}
