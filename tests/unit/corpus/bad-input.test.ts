import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { CorpusBuildError, type Problem } from '../../../src/domain/corpus/builder/problems'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import {
  GOOD_TEXT,
  makeCorpusFolder,
  meta,
  REPO,
  type Folder,
  type FolderSpec,
} from './corpus-folder'

let folder: Folder | undefined
afterEach(() => folder?.cleanup())

/** Reads and builds a folder; returns the problems that stopped the build. */
function problemsOf(spec: FolderSpec): Problem[] {
  folder = makeCorpusFolder(spec)
  try {
    buildCorpus(readCorpusFolder(folder))
  } catch (error) {
    if (error instanceof CorpusBuildError) return [...error.problems]
    throw error
  }
  throw new Error('the build did not stop')
}

const good = { text: GOOD_TEXT, meta: meta('good-doc') }

describe('bad input stops the build with the file, the line and what to do', () => {
  it('a document with no metadata', () => {
    const [p] = problemsOf({ documents: { good, orphan: { text: GOOD_TEXT, meta: null } } })
    expect(p?.file).toMatch(/orphan\.txt$/)
    expect(p?.message).toMatch(/no metadata/)
    expect(p?.hint).toMatch(/orphan\.meta\.json/)
  })

  it('an unknown session', () => {
    const [p] = problemsOf({
      documents: { doc: { text: GOOD_TEXT, meta: meta('doc', { sessionId: '99' }) } },
    })
    expect(p?.file).toMatch(/doc\.meta\.json$/)
    expect(p?.message).toMatch(/unknown session "99"/)
    expect(p?.hint).toMatch(/sessions\.json/)
  })

  it('an empty file', () => {
    const [p] = problemsOf({ documents: { good, empty: { text: '', meta: meta('empty') } } })
    expect(p?.file).toMatch(/empty\.txt$/)
    expect(p?.message).toMatch(/empty/)
  })

  it('a non-text (binary) file', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])
    const [p] = problemsOf({ documents: { good, scan: { text: zip, meta: meta('scan') } } })
    expect(p?.file).toMatch(/scan\.txt$/)
    expect(p?.message).toMatch(/binary/)
    expect(p?.hint).toMatch(/UTF-8 plain text/)
  })

  it('a duplicate source id', () => {
    const [p] = problemsOf({
      documents: { a: good, b: { text: 'Another text here.', meta: meta('good-doc') } },
    })
    expect(p?.file).toMatch(/b\.meta\.json$/)
    expect(p?.message).toMatch(/"good-doc" is already used by .*a\.meta\.json/)
  })

  it('never on imperfect text: an unclosed quotation is a warning with its line, and the document is read', () => {
    const text =
      'Title of the article\n\n\nFirst paragraph is fine.\n\nHe said: “We will never close this quote.'
    folder = makeCorpusFolder({ documents: { good, broken: { text, meta: meta('broken') } } })
    const { corpus, report } = buildCorpus(readCorpusFolder(folder))
    const [w] = report.warnings.filter((p) => p.file.endsWith('broken.txt'))
    expect(w?.line).toBe(6)
    expect(w?.message).toMatch(/never closes/)
    expect(
      corpus.quotes.filter((q) => q.sourceId === 'broken').map((q) => [q.kind, q.text]),
    ).toEqual([['direct', 'We will never close this quote.']])
  })

  it('metadata that does not match the schema, naming the field', () => {
    const problems = problemsOf({
      documents: {
        doc: { text: GOOD_TEXT, meta: { ...meta('doc'), kind: 'blog', date: '27/04/2023' } },
      },
    })
    expect(problems.every((p) => p.file.endsWith('doc.meta.json'))).toBe(true)
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"kind"/)
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"date"/)
  })

  it('metadata that is not JSON, with its line', () => {
    const [p] = problemsOf({
      documents: { doc: { text: GOOD_TEXT, meta: '{\n  "id": "doc",\n  oops\n}' } },
    })
    expect(p?.file).toMatch(/doc\.meta\.json$/)
    expect(p?.line).toBe(3)
  })

  it('a sidecar without its document', () => {
    folder = makeCorpusFolder({ documents: { good } })
    writeFileSync(join(folder.sources, 'lost.meta.json'), JSON.stringify(meta('lost')))
    expect(() => readCorpusFolder(folder!)).toThrow(/lost\.meta\.json.*lost\.txt is missing/s)
  })

  it('a document that no longer matches its SHA-256 in the manifest', () => {
    folder = makeCorpusFolder({ copyRealSources: true })
    const file = join(folder.sources, '000_a75806cc0e1c30e0.txt')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Overview', 'Summary'))
    expect(() => readCorpusFolder(folder!)).toThrow(
      /000_a75806cc0e1c30e0\.txt: does not match its SHA-256/,
    )
  })

  it('an override naming an unknown topic; an unknown override id is only reported', () => {
    const [p] = problemsOf({
      documents: { good },
      overrides: { abc: { topics: ['no-such-topic'] } },
    })
    expect(p?.file).toMatch(/overrides\.json$/)
    expect(p?.message).toMatch(/unknown topic "no-such-topic"/)

    folder?.cleanup()
    folder = makeCorpusFolder({ documents: { good }, overrides: { gone1234ab: { exclude: true } } })
    expect(buildCorpus(readCorpusFolder(folder)).report.unusedOverrides).toEqual(['gone1234ab'])
  })

  it('lists every problem of the folder at once', () => {
    const problems = problemsOf({
      documents: {
        a: { text: GOOD_TEXT, meta: meta('a', { sessionId: '99' }) },
        b: { text: GOOD_TEXT, meta: null },
      },
    })
    expect(problems.map((p) => p.file.split('/').pop()).sort()).toEqual(['a.meta.json', 'b.txt'])
  })
})

describe('the CLI on bad input', () => {
  const cli = (args: string[]) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/corpus/cli.ts', ...args], {
      cwd: REPO,
      encoding: 'utf8',
    })
    return { status: run.status, stderr: run.stderr }
  }

  it('exits non-zero, prints the problem, and writes nothing (an existing output stays as it was)', () => {
    folder = makeCorpusFolder({
      documents: {
        broken: {
          text: 'Title line\n\nHe said: “fine.”',
          meta: meta('broken', { sessionId: '99' }),
        },
      },
    })
    const out = join(folder.root, 'out', 'corpus.json')
    const args = [
      ...['--sources', folder.sources, '--sessions', folder.sessions, '--topics', folder.topics],
      ...['--overrides', join(folder.root, 'no-overrides.json'), '--out', out],
    ]
    const failed = cli(args)
    expect(failed.status).toBe(1)
    expect(failed.stderr).toMatch(/broken\.meta\.json: unknown session "99"/)
    expect(failed.stderr).toMatch(/nothing was written/)
    expect(existsSync(out)).toBe(false)

    const previous = join(folder.root, 'previous.json')
    writeFileSync(previous, 'previous build')
    expect(cli([...args.slice(0, -1), previous]).status).toBe(1)
    expect(readFileSync(previous, 'utf8')).toBe('previous build')
  }, 60_000)

  it('builds imperfect text, printing each warning with its file and line', () => {
    folder = makeCorpusFolder({
      documents: {
        broken: { text: 'Title line\n\nHe said: “never closed.', meta: meta('broken') },
      },
    })
    const out = join(folder.root, 'out', 'corpus.json')
    const result = cli([
      ...['--sources', folder.sources, '--sessions', folder.sessions, '--topics', folder.topics],
      ...[
        '--speakers',
        folder.speakers,
        '--overrides',
        join(folder.root, 'none.json'),
        '--out',
        out,
      ],
    ])
    expect(result).toMatchObject({ status: 0 })
    expect(result.stderr).toMatch(
      /broken\.txt:3: quotation mark “ opens a passage that never closes/,
    )
    expect(existsSync(out)).toBe(true)
  }, 60_000)
})
