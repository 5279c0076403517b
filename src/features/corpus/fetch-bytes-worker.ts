/// <reference lib="webworker" />
/**
 * Downloads one file and hands its bytes to the page (moved, not copied). Receiving a large
 * response costs the thread that reads it hundreds of milliseconds at 100,000 statements;
 * here that thread is not the one that paints. A gzipped file (the search index) is unzipped
 * here too.
 */
import { gunzipped } from './gunzip'

declare const self: DedicatedWorkerGlobalScope

export type FetchBytesReply =
  { ok: true; bytes: ArrayBuffer } | { ok: false; status: number | null; message: string }

self.onmessage = async (event: MessageEvent<string>) => {
  try {
    const response = await fetch(event.data)
    if (!response.ok) {
      reply({ ok: false, status: response.status, message: response.statusText })
      return
    }
    const bytes = await gunzipped(await response.arrayBuffer())
    reply({ ok: true, bytes }, [bytes])
  } catch (error) {
    reply({
      ok: false,
      status: null,
      message: error instanceof Error ? error.message : String(error),
    })
  }
}

function reply(message: FetchBytesReply, transfer: Transferable[] = []) {
  self.postMessage(message, transfer)
  self.close()
}
