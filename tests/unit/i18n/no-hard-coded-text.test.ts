import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findHardCodedText } from './hard-coded-text'

const ROOT = resolve(__dirname, '../../..')

/**
 * Files whose interface text is not in the catalogs yet, each named, never a folder: a new
 * file with hard-coded text fails at once. Remove a line when its file is translated (the
 * test below fails on a line that no longer has any finding).
 */
const NOT_YET_TRANSLATED = new Set<string>([])

describe('interface text', () => {
  const found = findHardCodedText(ROOT, 'src')

  it('comes from the catalogs: no component writes words of its own (in any language)', () => {
    const hardCoded = found
      .filter((f) => !NOT_YET_TRANSLATED.has(f.file))
      .map((f) => `${f.file}:${f.line}: ${f.text}`)
    expect(hardCoded).toEqual([])
  })

  it('has no stale exception: every file still listed as not yet translated has findings', () => {
    const withFindings = new Set(found.map((f) => f.file))
    expect([...NOT_YET_TRANSLATED].filter((file) => !withFindings.has(file))).toEqual([])
  })

  it('is what the scanner finds: JSX text and read attributes, not symbols or the product name', () => {
    const root = mkdtempSync(join(tmpdir(), 'hard-coded-'))
    mkdirSync(join(root, 'src'))
    writeFileSync(
      join(root, 'src', 'view.tsx'),
      [
        'export const View = () => (',
        '  <p aria-label="Close" title={t("ok")}>',
        '    Loading the statements…',
        '    <span>{"Retry"}</span> · 42 <b>Assembly Explorer</b>',
        '    <img alt={`Photo of ${name}`} />',
        '  </p>',
        ')',
      ].join('\n'),
    )
    expect(findHardCodedText(root, 'src').map((f) => [f.line, f.text])).toEqual([
      [2, 'Close'],
      [3, 'Loading the statements…'],
      [4, 'Retry'],
      [5, 'Photo of'],
    ])
  })
})
