import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../../src/domain/corpus/builder/build'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { toRoman, writeSyntheticCorpus } from '../../../scripts/bench/synthetic-corpus'

const projectRoot = resolve(__dirname, '../../..')
const scratch = mkdtempSync(join(tmpdir(), 'synthetic-corpus-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function folderHash(dir: string): string {
  const hash = createHash('sha256')
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, name.name)
      if (name.isDirectory()) walk(path)
      else hash.update(name.name).update(readFileSync(path))
    }
  }
  walk(dir)
  return hash.digest('hex')
}

const statementsOf = (dir: string) =>
  readdirSync(join(dir, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, 'sources', f), 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/^· /, ''))
        .filter((line) => line.endsWith('.') && line !== 'Below are key points from the speech.'),
    )

describe('synthetic corpus', () => {
  it('writes the same bytes for the same seed, other bytes for another seed', () => {
    const a = join(scratch, 'a')
    const b = join(scratch, 'b')
    const c = join(scratch, 'c')
    writeSyntheticCorpus({ statements: 300, outDir: a, projectRoot, seed: 1 })
    writeSyntheticCorpus({ statements: 300, outDir: b, projectRoot, seed: 1 })
    writeSyntheticCorpus({ statements: 300, outDir: c, projectRoot, seed: 2 })
    expect(folderHash(a)).toBe(folderHash(b))
    expect(folderHash(a)).not.toBe(folderHash(c))
  })

  it('has the requested number of statements of 20 to 40 words, about 100 per document', () => {
    const dir = join(scratch, 'shape')
    const summary = writeSyntheticCorpus({ statements: 2000, outDir: dir, projectRoot })
    const statements = statementsOf(dir)
    expect(statements).toHaveLength(2000)
    expect(summary.documents).toBe(20)
    for (const statement of statements) {
      const words = statement.split(/\s+/).length
      expect(words).toBeGreaterThanOrEqual(20)
      expect(words).toBeLessThanOrEqual(40)
      expect(statement).not.toMatch(/["“”]/)
    }
    const sessions = JSON.parse(readFileSync(join(dir, 'sessions.json'), 'utf8')) as {
      id: string
      date: string
      roman: string
    }[]
    expect(sessions).toHaveLength(33)
    expect(sessions.find((s) => s.id === '32')?.date).toBe('2023-04-27')
    expect(sessions[0]?.date.startsWith('1995')).toBe(true)
    expect(sessions[32]?.roman).toBe('XXXIII')
  })

  it('writes about a tenth of its documents in Russian, none with Latin statements', () => {
    const dir = join(scratch, 'languages')
    writeSyntheticCorpus({ statements: 5000, outDir: dir, projectRoot, statementsPerDocument: 50 })
    const metas = readdirSync(join(dir, 'sources'))
      .filter((f) => f.endsWith('.meta.json'))
      .map((f) => ({
        file: f,
        language: (
          JSON.parse(readFileSync(join(dir, 'sources', f), 'utf8')) as { language: string }
        ).language,
      }))
    const russian = metas.filter((m) => m.language === 'ru')
    expect(russian.length / metas.length).toBeGreaterThan(0.05)
    expect(russian.length / metas.length).toBeLessThan(0.2)
    for (const { file } of russian) {
      const body = readFileSync(join(dir, 'sources', file.replace('.meta.json', '.txt')), 'utf8')
      expect(body).toMatch(/[а-яё]/)
      expect(body.split('\n').slice(1).join(' ')).not.toMatch(/[a-z]/i)
    }
    expect(
      writeSyntheticCorpus({
        statements: 300,
        outDir: join(dir, 'en'),
        projectRoot,
        russianShare: 0,
      }).documents,
    ).toBe(3)
  })

  it('goes through the real corpus builder, one statement per generated statement', () => {
    const dir = join(scratch, 'built')
    writeSyntheticCorpus({ statements: 500, outDir: dir, projectRoot })
    const { corpus } = buildCorpus(
      readCorpusFolder({
        sources: join(dir, 'sources'),
        sessions: join(dir, 'sessions.json'),
        topics: join(dir, 'topics.json'),
      }),
    )
    expect(corpus.quotes).toHaveLength(500)
    expect(new Set(corpus.quotes.map((q) => q.kind))).toEqual(new Set(['direct', 'reported']))
    expect(corpus.speakers.length).toBeGreaterThan(1)
  })
})

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [31, 'XXXI'],
    [32, 'XXXII'],
    [40, 'XL'],
  ])('%i is %s', (n, roman) => expect(toRoman(n)).toBe(roman))
})
