import { parseImportFileSteps, type ImportParse } from '@/domain/bookmarks/import-file'
import { runSliced } from '../run-sliced'
import type { ReadReply, ReadRequest } from './protocol'

/**
 * Reads and checks an import file without holding up the page: in a Web Worker, whose answer
 * arrives in batches; where there is no worker (jsdom in tests) or it cannot start, here, a
 * slice at a time.
 */
export async function readImportFile(file: File): Promise<ImportParse> {
  if (typeof Worker !== 'undefined') {
    const answer = await inWorker(file)
    if (answer) return answer
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { ok: false, problem: `“${file.name}” could not be read. Nothing was changed.` }
  }
  return runSliced(parseImportFileSteps(text, file.name))
}

/** The worker's answer, or null if the worker could not run. */
function inWorker(file: File): Promise<ImportParse | null> {
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./read-worker.ts', import.meta.url), {
        type: 'module',
        name: 'bookmarks-import',
      })
    } catch {
      resolve(null)
      return
    }
    const bookmarks: Extract<ImportParse, { ok: true }>['file']['bookmarks'] = []
    const setAside: Extract<ImportParse, { ok: true }>['file']['setAside'] = []
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data
      if (reply.kind === 'bookmarks') for (const item of reply.items) bookmarks.push(item)
      else if (reply.kind === 'setAside') for (const entry of reply.entries) setAside.push(entry)
      else {
        worker.terminate()
        resolve(
          reply.ok
            ? { ok: true, file: { bookmarks, setAside, savedViews: reply.savedViews } }
            : { ok: false, problem: reply.problem },
        )
      }
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(null)
    }
    const request: ReadRequest = { file, name: file.name }
    worker.postMessage(request)
  })
}
