import { describe, expect, it } from 'vitest'
import { linkStatements, type LinkItem } from '../../../src/domain/corpus/builder/link'
import { contentStems } from '../../../src/domain/corpus/builder/words'

const item = (
  sourceId: string,
  sessionId: string,
  text: string,
  topicIds: string[] = [],
  speakerId = 'p',
): LinkItem => ({
  sourceId,
  sessionId,
  speakerId,
  topicIds,
  stems: contentStems(text),
})

// Filler statements make the frequent words frequent, as in a real corpus.
const filler = Array.from({ length: 30 }, (_, i) =>
  item(
    `f${i % 3}`,
    i % 2 ? '1' : '2',
    `Kazakhstan statement number ${i} about item${i} and thing${i} of the people`,
  ),
)

describe('linkStatements', () => {
  it('links a paraphrase of the same claim across sources of a session, both ways once', () => {
    const items = [
      item(
        'factsheet',
        '2',
        'A new, more democratic model of government has been created in Kazakhstan.',
      ),
      item(
        'press',
        '2',
        'Commenting on recent reforms, he asserted that a new, more democratic model of government has been created in Kazakhstan.',
      ),
      ...filler,
    ]
    expect(linkStatements(items).corroborations.map((p) => [p.a, p.b])).toEqual([[0, 1]])
  })

  it('does not link statements of one source, of different speakers, or that share only a topic', () => {
    const items = [
      item('a', '2', 'The turquoise passport embodies the progressive values of unity.', [
        'identity',
      ]),
      item('a', '2', 'The turquoise passport embodies the progressive values of unity!', [
        'identity',
      ]),
      item(
        'b',
        '2',
        'The turquoise passport embodies the progressive values of unity.',
        ['identity'],
        'someone-else',
      ),
      item('c', '2', 'Knowledge of the Kazakh language remains crucial.', ['identity']),
      ...filler,
    ]
    expect(linkStatements(items).corroborations).toEqual([])
  })

  it('makes echoes only across sessions', () => {
    const items = [
      item(
        'f22',
        '1',
        'He said it is necessary to strengthen the role of the Assembly in political reforms.',
        ['assembly'],
      ),
      item(
        'f23',
        '2',
        'The Assembly has played an important role in the political modernisation of the country.',
        ['assembly'],
      ),
      ...filler,
    ]
    const links = linkStatements(items)
    expect(links.echoes.map((p) => [p.a, p.b])).toEqual([[0, 1]])
    expect(links.corroborations).toEqual([])
  })
})
