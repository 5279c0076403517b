import { describe, expect, it } from 'vitest'
import { readText, statements } from './read-text'

const TOKAYEV = 'Kassym-Jomart Tokayev'

describe('attribute: direct quotes', () => {
  it('takes the quotation after “He said:” whole, without its marks, for the speaker named last', () => {
    expect(
      statements(
        'President Tokayev stressed the importance of interethnic harmony. He said: “The Assembly is unique. It unites all ethnic groups.”',
      ),
    ).toEqual([
      ['reported', TOKAYEV, 'President Tokayev stressed the importance of interethnic harmony.'],
      ['direct', TOKAYEV, 'The Assembly is unique. It unites all ethnic groups.'],
    ])
  })

  it('attributes “…,” Tokayev said and “…,” added Tokayev, dropping the trailing comma', () => {
    expect(
      statements(
        '“We are all one family,” Tokayev said.\n\n“Kazakhstan is a shared home,” added Tokayev.',
      ),
    ).toEqual([
      ['direct', TOKAYEV, 'We are all one family'],
      ['direct', TOKAYEV, 'Kazakhstan is a shared home'],
    ])
  })

  it('gives “…,” said Name, role to a second speaker with that role', () => {
    const {
      statements: [quote],
    } = readText(
      '“I liked the new vision of the Kazakh identity,” said Tanzila Khashiyeva, member of Kazakhstan’s Vainakh Chechen-Ingush Association.',
    )
    expect(quote?.speaker).toEqual({
      id: 'tanzila-khashiyeva',
      name: 'Tanzila Khashiyeva',
      role: 'member of Kazakhstan’s Vainakh Chechen-Ingush Association',
    })
    expect(quote?.kind).toBe('direct')
  })

  it('resolves a pronoun to the speaker named last, even a second speaker', () => {
    const result = statements(
      '“It was useful,” said Tanzila Khashiyeva, member of an association. She added: “Very useful.”',
    )
    expect(result.map(([, speaker]) => speaker)).toEqual([
      'Tanzila Khashiyeva',
      'Tanzila Khashiyeva',
    ])
  })

  it('takes two quotations joined by “adding that” for the same speaker', () => {
    expect(
      statements(
        'Tokayev spoke. He said: “We must resist radicalism,” adding that “every citizen is responsible.”',
      ).filter(([kind]) => kind === 'direct'),
    ).toEqual([
      ['direct', TOKAYEV, 'We must resist radicalism'],
      ['direct', TOKAYEV, 'every citizen is responsible.'],
    ])
  })

  it('does not take quoted names, titles and slogans for quotes', () => {
    const result = statements(
      [
        'Overview',
        'The theme of this year’s session was “Fair Kazakhstan: unity, stability, development”.',
        'On unity',
        '· ‘Unity in diversity’ and ‘we are different, but united’ are the essence of daily life.',
        '· The first meeting of the new dialogue platform - "Ulttyk Kuryltay" (National Congress) will take place in one month.',
      ].join('\n'),
      { kind: 'factsheet' },
    )
    expect(result.filter(([kind]) => kind === 'direct')).toEqual([])
    expect(result.map(([, , text]) => text)).toEqual([
      '‘Unity in diversity’ and ‘we are different, but united’ are the essence of daily life.',
      'The first meeting of the new dialogue platform - "Ulttyk Kuryltay" (National Congress) will take place in one month.',
    ])
  })

  it('handles a straight opening mark closed by a curly one', () => {
    expect(
      statements(
        'Title\n· He stressed that "our homeland must be the highest value. We must all work for this goal”.',
        { kind: 'factsheet' },
      ),
    ).toEqual([
      ['direct', TOKAYEV, 'our homeland must be the highest value. We must all work for this goal'],
    ])
  })
})

describe('attribute: reported statements', () => {
  it('reports each factsheet bullet, whatever its verb, with its heading', () => {
    const {
      text,
      statements: [s],
    } = readText(
      'Title of the factsheet\n\nOn the Kazakh language\n· Knowledge of the Kazakh language remains crucial.',
      { kind: 'factsheet' },
    )
    expect(s).toMatchObject({ kind: 'reported', section: 'On the Kazakh language' })
    expect(text.slice(s!.start, s!.end)).toBe('Knowledge of the Kazakh language remains crucial.')
  })

  it('reports what the President said, believes, proposed and did, and carries the report on', () => {
    expect(
      statements(
        [
          'The President believes that our society is a union of free citizens. And this is another vivid manifestation of our identity.',
          '',
          'He awarded representatives of diasporas with the Kurmet order.',
        ].join('\n'),
      ),
    ).toEqual([
      ['reported', TOKAYEV, 'The President believes that our society is a union of free citizens.'],
      ['reported', TOKAYEV, 'And this is another vivid manifestation of our identity.'],
      ['reported', TOKAYEV, 'He awarded representatives of diasporas with the Kurmet order.'],
    ])
  })

  it('leaves out event descriptions and publisher background', () => {
    expect(
      statements(
        [
          'Astana, April 27, 2023 – President Kassym-Jomart Tokayev participated in the 32nd session of the Assembly.',
          '',
          'Below are key points from President Tokayev’s speech.',
          '',
          'Background information on the Assembly of People of Kazakhstan',
          '',
          'The Assembly, established in 1995, plays an important role. The President said it is vital.',
        ].join('\n'),
      ),
    ).toEqual([])
  })

  it('keeps a lead-in that makes a claim, cut before the quotation, without overlapping it', () => {
    expect(
      statements(
        'The Head of State also pointed out that effective measures should be taken to eliminate the causes of ethno-social tension, suggesting that “local communities must take part.”',
      ),
    ).toEqual([
      [
        'reported',
        TOKAYEV,
        'The Head of State also pointed out that effective measures should be taken to eliminate the causes of ethno-social tension',
      ],
      ['direct', TOKAYEV, 'local communities must take part.'],
    ])
  })

  it('does not report a bare “He said:”, nor a report that makes no claim', () => {
    expect(
      statements('Tokayev spoke at length. He said: “We make decisions together.”').map(([k]) => k),
    ).toEqual(['direct'])
  })
})

describe('attribute: transcripts', () => {
  it('makes every sentence a direct quote of the document’s speaker, skipping headings, salutations and stage directions', () => {
    expect(
      statements(
        'Speech at the session\n\nDear compatriots! We are one family.\n\n(Applause)\n\nOn language\n\nThe Kazakh language unites us.',
        { kind: 'transcript' },
      ),
    ).toEqual([
      ['direct', TOKAYEV, 'We are one family.'],
      ['direct', TOKAYEV, 'The Kazakh language unites us.'],
    ])
  })

  it('uses the speaker the metadata names', () => {
    const result = statements('Title line\n\nWe thank the President.', {
      kind: 'transcript',
      transcriptSpeaker: { name: 'A Delegate', role: 'delegate' },
    })
    expect(result).toEqual([['direct', 'A Delegate', 'We thank the President.']])
  })
})
