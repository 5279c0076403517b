import { afterAll, describe, expect, it } from 'vitest'
import { describePage } from '@/app/page-description'
import { pageMetadata } from '@/domain/export/page-metadata'
import { activateLocale } from '@/i18n/i18n'
import { readingCorpus, readingModel } from '../../fixtures/reading-corpus'

const describeAt = (path: string) =>
  pageMetadata(readingModel, path, path, 'T', describePage).description

afterAll(() => activateLocale('en'))

describe('a prerendered page’s description, in the interface language', () => {
  it('English: the lists, a session with its theme, a topic, a source', async () => {
    await activateLocale('en')
    expect(describeAt('/topics')).toMatch(/^The topics of the statements made at the sessions/)
    expect(describeAt('/sessions/32')).toBe(
      'XXXII session (27 April 2023) of the Assembly of People of Kazakhstan: “Fair Kazakhstan: unity, stability, development”. Its statements, verbatim, grouped by topic, with their sources.',
    )
    expect(describeAt('/topics/language-policy')).toMatch(/^Language policy: The Kazakh language/)
    const source = readingCorpus.sources[0]!
    expect(describeAt(`/sources/${source.id}`)).toMatch(/in full, with every statement/)
  })

  it('Russian: the session’s theme and the topic’s name from the data, dates by Intl', async () => {
    await activateLocale('ru')
    expect(describeAt('/sessions/32')).toBe(
      'XXXII сессия Ассамблеи народа Казахстана (27 апреля 2023 г.): «Справедливый Казахстан: единство, стабильность, развитие». Её высказывания — дословно, по темам, с источниками.',
    )
    expect(describeAt('/topics/language-policy')).toMatch(/^Языковая политика: Казахский язык/)
    const quote = readingCorpus.quotes[0]!
    expect(describeAt(`/quotes/${quote.id}`)).toMatch(/^«.+» — Kassym-Jomart Tokayev, X+I* сессия/)
  })

  it('Kazakh, English where the data has no translation', async () => {
    await activateLocale('kk')
    expect(describeAt('/')).toMatch(/^Қазақстан халқы Ассамблеясының сессияларында/)
    expect(describeAt('/topics/national-identity')).toMatch(/^Ұлттық бірегейлік: /)
    expect(describeAt('/topics/language-policy')).toMatch(/^Language policy: /)
  })
})
