/**
 * The workspace's `.zip` (fflate): the corpus folder's files (src/domain/workspace/corpus-folder.ts)
 * in, one archive out, and back. Entries carry a fixed date, so the same workspace gives the same
 * bytes.
 */
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1))

export function zipFolder(files: ReadonlyMap<string, string>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {}
  for (const [path, text] of files) entries[path] = [strToU8(text), { mtime: FIXED_DATE }]
  return zipSync(entries, { level: 6 })
}

export class NotAZipError extends Error {
  constructor(detail: string) {
    super(detail)
    this.name = 'NotAZipError'
  }
}

/** The archive's files by path; throws NotAZipError when it is no zip. */
export function unzipFolder(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    return new Map(Object.entries(unzipSync(bytes)))
  } catch (error) {
    throw new NotAZipError(error instanceof Error ? error.message : String(error))
  }
}
