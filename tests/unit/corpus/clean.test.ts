import { describe, expect, it } from 'vitest'
import { cleanText, notTextReason, rawLineAt } from '../../../src/domain/corpus/builder/clean'

describe('clean', () => {
  it('removes word-processor bookmarks without touching the words', () => {
    const raw =
      '· [bookmark: _Hlk102122587][bookmark: _Hlk101787845]President Tokayev emphasized it.\n· [bookmark: _GoBack]At the same time.'
    expect(cleanText(raw).text).toBe('· President Tokayev emphasized it.\n· At the same time.')
  })

  it('removes a leading scraper date marker', () => {
    expect(cleanText(' date 2023-04-27 At the opening of the session.').text).toBe(
      'At the opening of the session.',
    )
  })

  it('keeps a date that is part of the text', () => {
    expect(cleanText('Astana, April 27, 2023 – The President spoke.').text).toBe(
      'Astana, April 27, 2023 – The President spoke.',
    )
  })

  it('drops a title line repeated under itself, keeping one blank line after it', () => {
    const raw = 'The title\n\nThe title\n\nApril 27, 2023\n\nFirst paragraph.'
    expect(cleanText(raw).text).toBe('The title\n\nApril 27, 2023\n\nFirst paragraph.')
  })

  it('keeps a repeated line that is not the title', () => {
    const raw = 'Title\nSame.\nSame.'
    expect(cleanText(raw).text).toBe('Title\nSame.\nSame.')
  })

  it('trims line edges, collapses blank runs, normalises CRLF and drops a BOM', () => {
    const raw = '\uFEFF  Overview \r\n\r\n\r\n\r\n  Text here.  \r\n\r\n'
    expect(cleanText(raw).text).toBe('Overview\n\nText here.')
  })

  it('maps offsets in the cleaned text back to raw line numbers', () => {
    const raw = 'Title\n\nTitle\n\n\nSecond “unclosed line'
    const cleaned = cleanText(raw)
    expect(rawLineAt(cleaned, cleaned.text.indexOf('“'))).toBe(6)
    expect(rawLineAt(cleaned, 0)).toBe(1)
  })

  it('tells empty and binary files from text', () => {
    expect(notTextReason(new Uint8Array())).toMatch(/empty/)
    expect(notTextReason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toMatch(/NUL/)
    expect(notTextReason(new Uint8Array([0xff, 0xfe, 0x41]))).toMatch(/UTF-8/)
    expect(notTextReason(new TextEncoder().encode('Kazakhstan’s unity'))).toBeNull()
  })
})
