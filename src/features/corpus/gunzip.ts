/**
 * The bytes unzipped if they are gzip (the builder gzips the search index, as hosts rarely
 * compress binary files). A host that served the file with `Content-Encoding: gzip` has had
 * the browser unzip it already, so look before unzipping.
 */
export async function gunzipped(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength))
  if (head[0] !== 0x1f || head[1] !== 0x8b) return bytes
  const unzipped = new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'))
  return new Response(unzipped).arrayBuffer()
}
