import { describe, expect, it } from 'vitest'
import { compileTopics, tagStatement } from '../../../src/domain/corpus/builder/tag'

const topics = compileTopics([
  { id: 'reform', rules: ['political modernisation', 'referendum', 'constitution'] },
  { id: 'language', rules: ['language'] },
  { id: 'assembly', rules: ['Assembly'], ignore: ['session of the Assembly'] },
  { id: 'unity', rules: ['unity', 'harmony'] },
  { id: 'extremism', rules: ['provocation', 'radicalism'] },
])

describe('tagStatement', () => {
  it('matches rule words in any inflection and spelling', () => {
    expect(tagStatement('The political modernization of the country.', null, topics)).toEqual([
      'reform',
    ])
    expect(tagStatement('It resists provocations and radicalism.', null, topics)).toEqual([
      'extremism',
    ])
  })

  it('matches a phrase only with its words in order', () => {
    expect(tagStatement('Modernisation that is political.', null, topics)).toEqual([])
  })

  it('takes the topic of the section heading', () => {
    expect(tagStatement('Knowledge remains crucial.', 'On the Kazakh language', topics)).toEqual([
      'language',
    ])
  })

  it('ignores phrases that name an event, not a topic', () => {
    expect(tagStatement('At today’s session of the Assembly we met.', null, topics)).toEqual([])
    expect(tagStatement('The Assembly plays a role.', null, topics)).toEqual(['assembly'])
  })

  it('keeps at most three topics, the strongest first', () => {
    const tags = tagStatement(
      'The referendum on the Constitution, the Assembly, the language, and unity against provocations.',
      'On political modernisation',
      topics,
    )
    expect(tags).toHaveLength(3)
    expect(tags[0]).toBe('reform')
  })
})
