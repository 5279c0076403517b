/// <reference lib="webworker" />
/**
 * Downloads one file and hands its bytes to the page (moved, not copied). Receiving a large
 * response costs the thread that reads it hundreds of milliseconds at 100,000 statements;
 * here that thread is not the one that paints.
 */
import { download } from './download'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<string>) => {
  const result = await download(event.data)
  self.postMessage(result, result.ok ? [result.bytes] : [])
  self.close()
}
