/**
 * The corpus's own words that the interface shows (topics' names and descriptions, sessions'
 * themes and places) exist in every interface language, and travel from corpus/*.json through
 * the build into what the app loads.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus, type BuildResult } from '@/domain/corpus/builder/build'
import { sessionPlace, sessionTheme, topicDescription, topicLabel } from '@/domain/corpus/localized'
import { readCorpusFolder } from '../../../scripts/corpus/read-folder'
import { REAL_SOURCES, REPO } from '../corpus/corpus-folder'

let result: BuildResult
beforeAll(() => {
  result = buildCorpus(
    readCorpusFolder({
      sources: REAL_SOURCES,
      sessions: join(REPO, 'corpus/sessions.json'),
      topics: join(REPO, 'corpus/topics.json'),
      overrides: join(REPO, 'corpus/overrides.json'),
    }),
  )
})

const CYRILLIC = /^[\p{Script=Cyrillic}\p{P}\p{Zs}\d]+$/u

describe('the corpus’s words in Russian and Kazakh', () => {
  it('every topic has its name and description in each language, none left in English', () => {
    for (const topic of result.corpus.topics)
      for (const locale of ['ru', 'kk'] as const) {
        expect(topicLabel(topic, locale), `${topic.id} ${locale}`).toMatch(CYRILLIC)
        expect(topicDescription(topic, locale), `${topic.id} ${locale}`).toMatch(
          /\p{Script=Cyrillic}/u,
        )
        expect(topicLabel(topic, locale)).not.toBe(topic.label)
      }
    expect(result.corpus.topics.length).toBeGreaterThan(0)
  })

  it('every session’s theme and place in each language', () => {
    for (const session of result.corpus.sessions)
      for (const locale of ['ru', 'kk'] as const) {
        expect(sessionTheme(session, locale), `${session.id} ${locale}`).toMatch(CYRILLIC)
        const place = sessionPlace(session, locale)
        if (session.place) expect(place, `${session.id} ${locale}`).toMatch(CYRILLIC)
        else expect(place).toBeNull()
      }
  })

  it('English where a translation is missing, and in English always', () => {
    const topic = { label: 'Language policy', description: 'd', languages: { ru: undefined } }
    expect(topicLabel(topic, 'ru')).toBe('Language policy')
    expect(topicLabel(topic, 'kk')).toBe('Language policy')
    const session = result.corpus.sessions.find((s) => s.place)!
    expect(sessionPlace(session, 'en')).toBe(session.place)
    expect(sessionTheme(session, 'en')).toBe(session.theme)
  })

  it('the rules that tag statements stay out of the corpus the app loads', () => {
    expect(JSON.stringify(result.corpus.topics)).not.toContain('"rules"')
  })
})
