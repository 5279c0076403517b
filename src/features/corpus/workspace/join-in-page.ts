import { encodeIndexFile } from '@/domain/search/index-file'
import { buildSearchIndexes } from '@/domain/search/search-engine'
import { joinWorkspace } from '@/domain/workspace/merge-workspace'
import type { JoinReply, JoinRequest } from './join-protocol'

/** The join and its search index file, wherever it runs (the worker, or the page without one). */
export function joinInPage(
  { corpus, workspace }: JoinRequest,
  rules: { topics: unknown; overrides: unknown },
): JoinReply & { ok: true } {
  const started = performance.now()
  const joined = joinWorkspace({ corpus, ...rules }, workspace)
  const file = encodeIndexFile(
    buildSearchIndexes(joined.corpus, new Set(joined.workspaceSourceIds)),
    joined.corpus.quotes,
  )
  const index = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer
  return { ok: true, ...joined, index, ms: performance.now() - started }
}
