/**
 * Stable, short, URL-safe identifiers.
 *
 * A quote's id depends only on its source's id and its normalised text, so it survives
 * rebuilds, other documents being added, and edits elsewhere in its own source. Only an
 * identical text repeated in one source gets a disambiguator (`-2`, `-3`, in order of appearance).
 */
// A pure sha256 (no Node or async WebCrypto), so that the browser and the CLI build the same ids.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'
export const QUOTE_ID_LENGTH = 10

/** The text as it compares for identity: case, spacing and quotation-mark style do not count. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** The first `length` characters of the lower-case base32 encoding of sha256(input). */
export function hashId(input: string, length = QUOTE_ID_LENGTH): string {
  const digest = sha256(utf8ToBytes(input))
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of digest) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += BASE32[(buffer >>> (bits - 5)) & 31]
      bits -= 5
    }
    buffer &= 0xff
    if (out.length >= length) break
  }
  return out
}

/** Ids for the quotes of one source, in order of appearance. */
export function quoteIds(sourceId: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return texts.map((text) => {
    const base = hashId(`${sourceId}\u0000${normaliseForId(text)}`)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}-${count}`
  })
}

/** A readable id from a name: "Aigerim Bekova" → "aigerim-bekova". */
export function slugId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return slug || `x-${hashId(name, 8)}`
}

/** sha256 of raw bytes, hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
