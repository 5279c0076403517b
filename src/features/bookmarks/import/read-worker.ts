/// <reference lib="webworker" />
import { parseImportFile } from '@/domain/bookmarks/import-file'
import { BATCH, type ReadReply, type ReadRequest } from './protocol'

/**
 * Reads and checks an import file away from the page: parsing 4 MB of JSON and checking
 * 10,000 entries takes the worker a second on a slow machine, and the page none of it.
 */
const post = (reply: ReadReply) =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply)

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { file, name } = event.data
  let text: string
  try {
    text = await file.text()
  } catch {
    post({ kind: 'done', ok: false, problem: `“${name}” could not be read. Nothing was changed.` })
    return
  }
  const parsed = parseImportFile(text, name)
  if (!parsed.ok) {
    post({ kind: 'done', ok: false, problem: parsed.problem })
    return
  }
  const { bookmarks, setAside, savedViews } = parsed.file
  for (let i = 0; i < bookmarks.length; i += BATCH)
    post({ kind: 'bookmarks', items: bookmarks.slice(i, i + BATCH) })
  for (let i = 0; i < setAside.length; i += BATCH)
    post({ kind: 'setAside', entries: setAside.slice(i, i + BATCH) })
  post({ kind: 'done', ok: true, savedViews })
}
