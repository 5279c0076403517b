/** English press writing, one form per test, on short texts written for these tests. */
import { describe, expect, it } from 'vitest'
import { leftOut, readText, statements } from './read-text'

const TOKAYEV = 'Kassym-Jomart Tokayev'
const direct = (raw: string, options = {}) =>
  statements(raw, options).filter(([k]) => k === 'direct')

describe('English: attribution after a quotation', () => {
  it('takes a verb no list foresees when a subject stands next to the quotation', () => {
    expect(direct('“Dialogue is the only road to accord,” the head of state believes.')).toEqual([
      ['direct', TOKAYEV, 'Dialogue is the only road to accord'],
    ])
    expect(direct('“Our schools must teach three languages,” the President reiterated.')).toEqual([
      ['direct', TOKAYEV, 'Our schools must teach three languages'],
    ])
  })

  it('takes the verb before the subject: “…,” added the President', () => {
    expect(direct('“Unity is our shared wealth,” added the President.')).toEqual([
      ['direct', TOKAYEV, 'Unity is our shared wealth'],
    ])
  })

  it('takes a quotation around its attribution: “…,” he said, “…”', () => {
    expect(
      direct(
        'Tokayev spoke about the regions. “Every village deserves clean water,” he said, “and every child a good school.”',
      ),
    ).toEqual([
      ['direct', TOKAYEV, 'Every village deserves clean water'],
      ['direct', TOKAYEV, 'and every child a good school.'],
    ])
  })

  it('gives a new speaker the role the source gives, and an id in Latin letters', () => {
    const { statements: found } = readText(
      '“The new law protects small languages,” said Aigerim Bekova, head of the Assembly’s youth wing.',
    )
    expect(found.map((s) => s.speaker)).toEqual([
      { id: 'aigerim-bekova', name: 'Aigerim Bekova', role: 'head of the Assembly’s youth wing' },
    ])
  })
})

describe('English: quoted fragments inside reported sentences', () => {
  it('makes the fragment direct and the lead-in reported, with no words counted twice', () => {
    const raw =
      'President Tokayev announced that, thanks to the reforms, “the plans of the past decade have become our daily reality.”'
    expect(statements(raw)).toEqual([
      ['reported', TOKAYEV, 'President Tokayev announced that, thanks to the reforms'],
      ['direct', TOKAYEV, 'the plans of the past decade have become our daily reality.'],
    ])
  })

  it('keeps a quoted name, title or slogan inside its sentence', () => {
    expect(
      direct(
        'The President noted that the forum titled “Many Voices, One Country” will meet again in the autumn.',
      ),
    ).toEqual([])
    expect(direct('The President praised the “one family” spirit of the Assembly.')).toEqual([])
  })
})

describe('English: quotations of several paragraphs and mixed marks', () => {
  it('reads a quotation that only closes in its last paragraph as one quotation, for the speaker named first', () => {
    const raw = [
      'Tokayev addressed the delegates. He said: “We have built a state where every language is respected.',
      '“We will keep building it, together, for decades to come.',
      '“Nobody will be left behind.”',
    ].join('\n\n')
    const { text, statements: found, warnings } = readText(raw)
    expect(warnings).toEqual([])
    expect(
      found
        .filter((s) => s.kind === 'direct')
        .map((s) => [s.speaker.name, text.slice(s.start, s.end)]),
    ).toEqual([
      [
        TOKAYEV,
        'We have built a state where every language is respected.\n\n“We will keep building it, together, for decades to come.\n\n“Nobody will be left behind.',
      ],
    ])
  })

  it('reads a quotation of several paragraphs attributed at its end', () => {
    const raw = [
      '“The first task is to keep the peace.',
      '“The second is to keep the economy growing,” said Marat Seitov, a member of the Assembly.',
    ].join('\n\n')
    expect(direct(raw)).toEqual([
      [
        'direct',
        'Marat Seitov',
        'The first task is to keep the peace.\n\n“The second is to keep the economy growing',
      ],
    ])
  })

  it('pairs nested quotations with the same straight mark', () => {
    expect(direct('"The principle "unity in diversity" guides all of us," Tokayev said.')).toEqual([
      ['direct', TOKAYEV, 'The principle "unity in diversity" guides all of us'],
    ])
  })

  it('keeps an unclosed quotation as a quotation to the end of its paragraph, with a warning', () => {
    const {
      text,
      statements: found,
      warnings,
    } = readText('He said: “Our doors are open to every citizen.\n\nThe session ended at noon.')
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual([
      'Our doors are open to every citizen.',
    ])
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/never closes/)])
  })

  it('gives a paragraph that is one quotation, after a quoted one, the same speaker', () => {
    expect(
      direct(
        '“We will open ten new schools,” Tokayev said.\n\n“Each will teach in three languages.”',
      ),
    ).toEqual([
      ['direct', TOKAYEV, 'We will open ten new schools'],
      ['direct', TOKAYEV, 'Each will teach in three languages.'],
    ])
  })

  it('warns of a quotation nobody is named for, and leaves it out', () => {
    const raw = 'The hall was full.\n\n“Everyone here wants the same thing for the country.”'
    const { warnings } = readText(raw)
    expect(statements(raw)).toEqual([])
    expect(leftOut(raw)).toContainEqual([
      'no-speaker',
      'Everyone here wants the same thing for the country.',
    ])
    expect(warnings).toHaveLength(1)
  })
})

describe('English: a reproduced speech, interviews, transcripts', () => {
  it('takes what follows a lead-in as the speaker’s own words', () => {
    const raw = [
      'Tokayev speaks at the Assembly',
      'ASTANA, April 27 – Kazinform. President Kassym-Jomart Tokayev spoke at the XXXII session of the Assembly.',
      'The full text of the President’s speech is as follows:',
      'Dear participants of the session!',
      'Our unity is the foundation of everything we achieve.',
      '(Applause)',
      'We will keep it.',
    ].join('\n\n')
    expect(statements(raw)).toEqual([
      ['direct', TOKAYEV, 'Our unity is the foundation of everything we achieve.'],
      ['direct', TOKAYEV, 'We will keep it.'],
    ])
    expect(leftOut(raw).map(([reason]) => reason)).toEqual([
      'heading',
      'dateline',
      'event',
      'narration',
      'salutation',
      'stage',
    ])
  })

  it('makes the answers of an interview direct and leaves the questions out', () => {
    const raw = [
      'Interview with the President',
      'Q: What is the Assembly’s main task this year?',
      'A: Its main task is to protect harmony between all ethnic groups. That will not change.',
      'Q: And the language policy?',
      'A: The state language will grow, and no citizen will be infringed.',
    ].join('\n\n')
    expect(statements(raw)).toEqual([
      ['direct', TOKAYEV, 'Its main task is to protect harmony between all ethnic groups.'],
      ['direct', TOKAYEV, 'That will not change.'],
      ['direct', TOKAYEV, 'The state language will grow, and no citizen will be infringed.'],
    ])
    expect(leftOut(raw).filter(([reason]) => reason === 'question')).toHaveLength(2)
  })
})

describe('English: what is not a statement', () => {
  it('leaves out datelines, bylines, captions, residue and background', () => {
    const raw = [
      'Head of State meets the Assembly',
      'USD 450.12 EUR 490.30 RUB 5.61',
      'By Dana Omarova',
      'ASTANA, April 27 – Kazinform. The Head of State said that peace between ethnic groups is the country’s greatest asset.',
      'Photo: press service of the Akorda',
      'Read also: Tokayev says the reforms will continue',
      'Share on Facebook',
      'Subscribe to our Telegram channel',
      'Background',
      'The Assembly was founded in 1995 and says it unites all ethnic groups.',
    ].join('\n\n')
    expect(statements(raw)).toEqual([
      [
        'reported',
        TOKAYEV,
        'The Head of State said that peace between ethnic groups is the country’s greatest asset.',
      ],
    ])
    expect(leftOut(raw).map(([reason]) => reason)).toEqual([
      'heading',
      'residue',
      'byline',
      'dateline',
      'caption',
      'residue',
      'residue',
      'residue',
      'heading',
      'background',
    ])
  })

  it('leaves out a lead sentence that describes the event', () => {
    expect(
      leftOut(
        'On Thursday, April 27, President Kassym-Jomart Tokayev spoke at the XXXII session of the Assembly of People of Kazakhstan in Astana.',
      ),
    ).toEqual([
      [
        'event',
        'On Thursday, April 27, President Kassym-Jomart Tokayev spoke at the XXXII session of the Assembly of People of Kazakhstan in Astana.',
      ],
    ])
  })
})

describe('titles refer to whoever held them at the time of the session', () => {
  it('gives “the President” of a 2018 session to the President of that time', () => {
    const raw = 'The President said that the Assembly must remain the voice of every ethnic group.'
    expect(statements(raw, { date: '2018-04-27' })[0]?.[1]).toBe('Nursultan Nazarbayev')
    expect(statements(raw, { date: '2023-04-27' })[0]?.[1]).toBe(TOKAYEV)
  })
})

describe('--explain', () => {
  it('lists every passage with its decision and why, in text order', async () => {
    const { explainReading } = await import('../../../src/domain/corpus/builder/explain')
    const { buildCorpus } = await import('../../../src/domain/corpus/builder/build')
    const { SPEAKERS } = await import('./read-text')
    const { SESSIONS, TOPICS } = await import('./corpus-folder')
    const { readings } = buildCorpus({
      documents: [
        {
          file: 'doc.txt',
          content:
            'A headline for the test\n\nASTANA, April 27 – Kazinform. “We are one family,” Tokayev said.\n\nRead also: other news',
          metaFile: 'doc.meta.json',
          meta: {
            id: 'doc',
            title: 'Doc',
            kind: 'article',
            date: '2023-04-27',
            sessionId: '32',
            language: 'en',
          },
        },
      ],
      sessions: SESSIONS,
      topics: TOPICS,
      speakers: SPEAKERS,
    })
    const lines = explainReading(readings[0]!)
    expect(lines[0]).toBe('doc (doc.txt), language en: 1 direct, 0 reported, 3 left out')
    expect(lines.slice(1).map((l) => l.trim().split(/[:(]/)[0])).toEqual([
      'left out  heading',
      'left out  dateline',
      'direct    kassym-jomart-tokayev',
      'left out  residue',
    ])
  })
})
