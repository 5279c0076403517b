/** Reading a workspace .zip back: every bad file is named with what is wrong, the rest is kept. */
import { describe, expect, it } from 'vitest'
import {
  importPlan,
  readWorkspaceFolder,
  workspaceFolder,
} from '../../../src/domain/workspace/corpus-folder'
import { newWorkspaceDocument } from '../../../src/domain/workspace/workspace-document'
import { meta } from '../corpus/corpus-folder'
import { ARTICLE, published } from './published'

const sessions = published.corpus.sessions
const now = new Date('2026-06-01T00:00:00Z')
const doc = (id: string, text = ARTICLE) =>
  newWorkspaceDocument(
    {
      id,
      meta: meta(id) as never,
      text,
      corrections: { abcdefghij: { exclude: true } },
      sessions: [],
    },
    now,
  )
const bytes = (files: Map<string, string>) =>
  new Map([...files].map(([p, t]) => [p, new TextEncoder().encode(t)]))

describe('reading a workspace folder', () => {
  it('names each bad file and keeps every good document', () => {
    const files = bytes(workspaceFolder([doc('good-one'), doc('good-two')], sessions))
    files.set('sources/bad-meta.txt', new TextEncoder().encode(ARTICLE))
    files.set(
      'sources/bad-meta.meta.json',
      new TextEncoder().encode(JSON.stringify({ ...meta('bad-meta'), date: 'yesterday' })),
    )
    files.set('sources/lonely.txt', new TextEncoder().encode(ARTICLE))
    files.set('sources/binary.txt', new Uint8Array([0xff, 0xfe, 0x00, 0xc3]))
    files.set('sources/binary.meta.json', new TextEncoder().encode(JSON.stringify(meta('binary'))))
    files.set(
      'sources/nowhere.meta.json',
      new TextEncoder().encode(JSON.stringify(meta('nowhere', { sessionId: '99' }))),
    )
    files.set('sources/nowhere.txt', new TextEncoder().encode(ARTICLE))
    files.set('sources/broken.meta.json', new TextEncoder().encode('{ "id": '))
    const read = readWorkspaceFolder(files, sessions, now)
    expect(read.documents.map((d) => d.id)).toEqual(['good-one', 'good-two'])
    expect(read.problems.map((p) => [p.file, p.code])).toEqual([
      ['sources/binary.txt', 'not-utf8'],
      ['sources/broken.meta.json', 'no-text'],
      ['sources/bad-meta.meta.json', 'bad-meta'],
      ['sources/lonely.txt', 'no-meta'],
      ['sources/nowhere.meta.json', 'unknown-session'],
    ])
    expect(read.problems[2]?.detail).toMatch(/^date: /)
  })

  it('a folder made by hand (no workspace.json): corrections no document claims are kept', () => {
    const files = bytes(workspaceFolder([doc('good-one')], sessions))
    files.delete('workspace.json')
    const read = readWorkspaceFolder(files, sessions, now)
    expect(read.documents[0]?.corrections).toEqual({ abcdefghij: { exclude: true } })
    expect(read.problems).toEqual([
      { file: 'overrides.json', code: 'unassigned-corrections', detail: '1 → good-one' },
    ])
  })

  it('an import adds new documents, and never writes over a different one', () => {
    const saved = [doc('one'), doc('two')]
    const imported = [doc('one'), doc('two', `${ARTICLE}\n\nMore.`), doc('three')]
    const plan = importPlan(imported, saved, new Set(['one', 'two', 'kept-aside']))
    expect(plan.add.map((d) => d.id)).toEqual(['three'])
    expect(plan.same).toEqual(['one'])
    expect(plan.clash).toEqual(['two'])
    expect(importPlan([doc('kept-aside')], [], new Set(['kept-aside'])).clash).toEqual([
      'kept-aside',
    ])
  })
})
