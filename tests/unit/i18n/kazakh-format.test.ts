import { describe, expect, it } from 'vitest'
import { formatDate, joinList } from '@/domain/corpus/format'

describe('Kazakh dates and lists, the same in every browser', () => {
  it('writes a date as full ICU writes it, without the browser’s locale data', () => {
    // Debian's Chromium has no Kazakh data: Intl gives `2023 M04 27` there.
    expect(formatDate('2023-04-27', 'kk')).toBe('2023 ж. 27 сәуір')
    expect(formatDate('2022-01-05', 'kk')).toBe('2022 ж. 5 қаңтар')
    expect(formatDate('2022-12-31', 'kk')).toBe('2022 ж. 31 желтоқсан')
  })

  it('joins a list with “және”', () => {
    expect(joinList(['2022'], 'kk')).toBe('2022')
    expect(joinList(['2022', '2023'], 'kk')).toBe('2022 және 2023')
    expect(joinList(['2021', '2022', '2023'], 'kk')).toBe('2021, 2022 және 2023')
  })
})
