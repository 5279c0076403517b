/**
 * The round trip the issue asks for: a workspace built the way the browser builds it (the
 * builder adapter, with the user's corrections), exported as a .zip, unzipped by the system's
 * `unzip` into a folder, built by the CLI (`npm run corpus -- --sources …`): the same statements
 * with the same ids. And the .zip read back gives the same workspace.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { passageStatementId } from '../../../src/domain/corpus/builder/steps/overrides'
import { decodeCorpusFile, type CorpusFile } from '../../../src/domain/corpus/corpus-file'
import type { Quote } from '../../../src/domain/corpus/schema'
import { buildWithDrafts, leftOutPassages } from '../../../src/domain/workspace/builder-adapter'
import { readWorkspaceFolder, workspaceFolder } from '../../../src/domain/workspace/corpus-folder'
import {
  draftOf,
  newWorkspaceDocument,
  workspaceOverrides,
  workspaceSessions,
  type WorkspaceDocument,
} from '../../../src/domain/workspace/workspace-document'
import { unzipFolder, zipFolder } from '../../../src/features/workspace/zip'
import { REPO } from '../corpus/corpus-folder'
import { ARTICLE, published } from './published'

// An invented report of an invented session (no sentence of a real publication).
const NEW_SESSION_TEXT = `Assembly opens its thirty-third session

ASTANA, 12 May 2026 – The XXXIII session of the Assembly of People of Kazakhstan opened on Tuesday.

Delegates from every region filled the hall.

President Kassym-Jomart Tokayev said that the Assembly must keep listening to the regions.

“Our strength is in the trust between communities,” the Head of State said.

He added that young people should lead the new projects of the Assembly.`

const session33 = {
  id: '33',
  number: 33,
  roman: 'XXXIII',
  date: '2026-05-12',
  theme: 'Trust between communities',
  place: 'Astana',
}

const metaOf = (id: string, title: string, date: string, sessionId: string) => ({
  id,
  title,
  kind: 'article' as const,
  date,
  sessionId,
  language: 'en' as const,
  publisher: 'An invented news agency',
  url: null,
})

function browserBuild(docs: readonly WorkspaceDocument[]) {
  const built = buildWithDrafts(
    published,
    docs.map(draftOf),
    workspaceSessions(docs),
    workspaceOverrides(docs),
  )
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('; '))
  return built.corpus
}

/** Two saved documents with every kind of correction, made as the /add page makes them. */
function makeWorkspace(): WorkspaceDocument[] {
  const a = newWorkspaceDocument(
    {
      id: 'article-2023-xxxii-head-state',
      meta: metaOf(
        'article-2023-xxxii-head-state',
        'Head of State sets out the tasks',
        '2023-04-27',
        '32',
      ),
      text: ARTICLE,
      corrections: {},
      sessions: [],
    },
    new Date('2026-05-01T10:00:00Z'),
  )
  const b0 = newWorkspaceDocument(
    {
      id: 'article-2026-xxxiii-assembly-opens',
      meta: metaOf(
        'article-2026-xxxiii-assembly-opens',
        'Assembly opens its thirty-third session',
        '2026-05-12',
        '33',
      ),
      text: NEW_SESSION_TEXT,
      corrections: {},
      sessions: [session33],
    },
    new Date('2026-05-12T10:00:00Z'),
  )
  // First build, as the preview shows it; then the user's corrections.
  const first = browserBuild([a, b0])
  const quotesOf = (id: string) => first.quotes.filter((q) => q.sourceId === id)
  const [aFirst] = quotesOf(a.id)
  const [bReported, bDirect, bLast] = quotesOf(b0.id)
  if (!aFirst || !bReported || !bDirect || !bLast) throw new Error('expected statements')
  const source = first.sources.find((s) => s.id === b0.id)!
  const passage = leftOutPassages(source, quotesOf(b0.id)).find((p) =>
    p.text.startsWith('Delegates from every region'),
  )!
  a.corrections = { [aFirst.id]: { topics: ['civic-participation'] } }
  const b = {
    ...b0,
    corrections: {
      [bDirect.id]: { kind: 'reported' as const },
      [bLast.id]: { exclude: true },
      [bReported.id]: { speaker: 'nursultan-nazarbayev' },
      [passageStatementId(b0.id, quotesOf(b0.id), passage)]: {
        passage: { source: b0.id, start: passage.start, end: passage.end, text: passage.text },
      },
    },
  }
  return [a, b]
}

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const statement = (q: Quote) => ({
  id: q.id,
  sourceId: q.sourceId,
  sessionId: q.sessionId,
  kind: q.kind,
  speakerId: q.speakerId,
  text: q.text,
  start: q.start,
  end: q.end,
  order: q.order,
  section: q.section,
  topicIds: q.topicIds,
})

describe('the workspace round trip', () => {
  const docs = makeWorkspace()
  const ids = new Set(docs.map((d) => d.id))
  const inBrowser = browserBuild(docs)
  const zip = zipFolder(workspaceFolder(docs, published.corpus.sessions))

  it('the corrections are in the browser build', () => {
    const b = inBrowser.quotes.filter((q) => q.sourceId === docs[1]!.id)
    expect(b.map((q) => q.text.slice(0, 24))).toEqual([
      'Delegates from every reg',
      'President Kassym-Jomart ',
      'Our strength is in the t',
    ])
    expect(b.map((q) => q.kind)).toEqual(['reported', 'reported', 'reported'])
    expect(b[1]!.speakerId).toBe('nursultan-nazarbayev')
    const a = inBrowser.quotes.find((q) => q.sourceId === docs[0]!.id)!
    expect(a.topicIds).toEqual(['civic-participation'])
  })

  it('the CLI builds the exported folder to the same statements with the same ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workspace-zip-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'workspace.zip'), zip)
    const unzip = spawnSync('unzip', ['-q', 'workspace.zip', '-d', 'folder'], { cwd: dir })
    expect(unzip.status, String(unzip.stderr)).toBe(0)
    const folder = join(dir, 'folder')
    const out = join(dir, 'corpus.json')
    const cli = spawnSync(
      process.execPath,
      [
        join(REPO, 'node_modules/tsx/dist/cli.mjs'),
        join(REPO, 'scripts/corpus/cli.ts'),
        ...['--sources', join(folder, 'sources')],
        ...['--sessions', join(folder, 'sessions.json')],
        ...['--overrides', join(folder, 'overrides.json')],
        ...['--out', out],
      ],
      { cwd: REPO, encoding: 'utf8' },
    )
    expect(cli.status, cli.stderr).toBe(0)
    expect(cli.stdout).toMatch(/overrides: 5 applied, 1 excluded, 0 unused/)
    const built = decodeCorpusFile(JSON.parse(readFileSync(out, 'utf8')) as CorpusFile)
    const ours = (quotes: readonly Quote[]) =>
      quotes.filter((q) => ids.has(q.sourceId)).map(statement)
    expect(built.quotes.map(statement)).toEqual(ours(inBrowser.quotes))
    expect(built.quotes).toHaveLength(5)
    const texts = (c: typeof built) =>
      c.sources.filter((s) => ids.has(s.id)).map((s) => [s.id, s.text, s.leftOut])
    expect(texts(built)).toEqual(texts(inBrowser))
    expect(built.sessions.map((s) => s.id)).toEqual(['32', '33'])
  })

  it('the same workspace gives the same bytes, and reads back as it was', () => {
    expect(zipFolder(workspaceFolder([...docs].reverse(), published.corpus.sessions))).toEqual(zip)
    const back = readWorkspaceFolder(unzipFolder(zip), published.corpus.sessions, new Date())
    expect(back.problems).toEqual([])
    expect(back.documents).toEqual([...docs].sort((x, y) => x.id.localeCompare(y.id)))
  })
})
