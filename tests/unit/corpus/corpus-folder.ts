/** Test helper: builds a corpus folder in a temporary directory (docs/corpus.md layout). */
import { vi } from 'vitest'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO = resolve(import.meta.dirname, '../../..')
export const REAL_SOURCES = join(REPO, 'corpus/sources')

export const SESSIONS = [
  {
    id: '31',
    number: 31,
    roman: 'XXXI',
    date: '2022-04-29',
    theme: 'The unity of the people',
    place: null,
  },
  {
    id: '32',
    number: 32,
    roman: 'XXXII',
    date: '2023-04-27',
    theme: 'Fair Kazakhstan',
    place: 'Astana',
  },
]
export const TOPICS = [
  {
    id: 'language-policy',
    label: 'Language policy',
    description: 'Languages.',
    rules: ['language'],
  },
  { id: 'unity-and-harmony', label: 'Unity', description: 'Unity.', rules: ['unity'] },
]

export const meta = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  title: `Document ${id}`,
  kind: 'article',
  date: '2023-04-27',
  sessionId: '32',
  language: 'en',
  publisher: null,
  url: null,
  ...overrides,
})

export const GOOD_TEXT =
  'President Tokayev stressed that the Kazakh language unites all citizens of the country.\n\nHe said: “Unity is our strength.”'

export interface FolderSpec {
  /** name (without .txt) → text (string or bytes) and meta (object, raw JSON string, or null for none). */
  documents?: Record<string, { text: string | Uint8Array; meta: unknown }>
  /** Copy the real corpus/sources (with SHA256SUMS) first. */
  copyRealSources?: boolean
  sessions?: unknown
  topics?: unknown
  /** Default: the real corpus/speakers.json. */
  speakers?: unknown
  overrides?: unknown
}

export interface Folder {
  root: string
  sources: string
  sessions: string
  topics: string
  speakers: string
  overrides: string
  cleanup: () => void
}

export function makeCorpusFolder(spec: FolderSpec): Folder {
  const root = mkdtempSync(join(tmpdir(), 'corpus-test-'))
  const sources = join(root, 'sources')
  mkdirSync(sources)
  if (spec.copyRealSources) cpSync(REAL_SOURCES, sources, { recursive: true })
  for (const [name, doc] of Object.entries(spec.documents ?? {})) {
    writeFileSync(join(sources, `${name}.txt`), doc.text)
    if (doc.meta !== null)
      writeFileSync(
        join(sources, `${name}.meta.json`),
        typeof doc.meta === 'string' ? doc.meta : JSON.stringify(doc.meta, null, 2),
      )
  }
  const json = (file: string, value: unknown) => {
    const path = join(root, file)
    if (value !== undefined)
      writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2))
    return path
  }
  return {
    root,
    sources,
    sessions: json('sessions.json', spec.sessions ?? SESSIONS),
    topics: json('topics.json', spec.topics ?? TOPICS),
    speakers: json(
      'speakers.json',
      spec.speakers ?? readFileSync(join(REPO, 'corpus/speakers.json'), 'utf8'),
    ),
    overrides: json('overrides.json', spec.overrides),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  }
}

/**
 * Runs `fn` with the clock faked to `iso` (Date, timers), then restores the real clock.
 * Determinism tests build at two such times, years apart, so any byte that depends on the time
 * of the build makes them fail.
 */
export function atTime<T>(iso: string, fn: () => T): T {
  vi.useFakeTimers({ now: new Date(iso) })
  try {
    return fn()
  } finally {
    vi.useRealTimers()
  }
}
