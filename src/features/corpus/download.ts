/** What downloading a file gave: its bytes, or why not (an HTTP status, or a network error). */
export type Download =
  { ok: true; bytes: ArrayBuffer } | { ok: false; status: number | null; message: string }

/**
 * Downloads `url` (unzipped if gzipped). Runs in the download worker, and in the page where
 * there is no worker; never throws.
 */
export async function download(url: string): Promise<Download> {
  try {
    const response = await fetch(url)
    if (!response.ok) return { ok: false, status: response.status, message: response.statusText }
    return { ok: true, bytes: await gunzipped(await response.arrayBuffer()) }
  } catch (error) {
    return {
      ok: false,
      status: null,
      message: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * The bytes unzipped if they are gzip (the builder gzips the search index, as hosts rarely
 * compress binary files). A host that served the file with `Content-Encoding: gzip` has had
 * the browser unzip it already, so look before unzipping.
 */
async function gunzipped(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength))
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes
  const unzipped = new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'))
  return new Response(unzipped).arrayBuffer()
}
