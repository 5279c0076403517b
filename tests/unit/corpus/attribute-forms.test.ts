/**
 * Forms of Kazakh, Russian and English press writing the builder learnt after its evaluation set
 * (docs/corpus.md, "Forms added"): one form per test, on short texts written for these tests
 * (people other than the speakers data's are invented).
 */
import { describe, expect, it } from 'vitest'
import { leftOut, statements } from './read-text'

const TOKAYEV = 'Kassym-Jomart Tokayev'
const kk = { language: 'kk' as const }
const ru = { language: 'ru' as const }
const of = (kind: 'direct' | 'reported', raw: string, options = {}) =>
  statements(raw, options).filter(([k]) => k === kind)

describe('Kazakh: verb-final reports with a verb no list foresees', () => {
  it('reports `… -ғанын/-генін/-атынын/-етінін + verb` (a nominalised clause and its verb)', () => {
    const raw = [
      'Мемлекет басшысы еріктілер алғашқы күннен бастап жұмылғанын жоғары бағалады.',
      'Президент жаңа мектептер келесі жылы салынатынын хабарлады.',
      'Мемлекет басшысы зардап шеккендердің шығыны толық өтелетінін тағы да қайталады.',
    ].join('\n\n')
    expect(statements(raw, kk)).toEqual([
      [
        'reported',
        TOKAYEV,
        'Мемлекет басшысы еріктілер алғашқы күннен бастап жұмылғанын жоғары бағалады.',
      ],
      ['reported', TOKAYEV, 'Президент жаңа мектептер келесі жылы салынатынын хабарлады.'],
      [
        'reported',
        TOKAYEV,
        'Мемлекет басшысы зардап шеккендердің шығыны толық өтелетінін тағы да қайталады.',
      ],
    ])
  })

  it('reports `… деп + verb` (сенеді, бағалайды) with a named subject', () => {
    expect(
      statements(
        'Мемлекет басшысы үш тілді білу жастарға жол ашады деп сенеді.\n\nСаясаттанушы Берік Омаров бұл қадамды дер кезінде жасалған шешім деп бағалайды.',
        kk,
      ),
    ).toEqual([
      ['reported', TOKAYEV, 'Мемлекет басшысы үш тілді білу жастарға жол ашады деп сенеді.'],
      [
        'reported',
        'Берік Омаров',
        'Саясаттанушы Берік Омаров бұл қадамды дер кезінде жасалған шешім деп бағалайды.',
      ],
    ])
  })

  it('reports a task set before a colon, and the sentence that carries it on', () => {
    expect(
      statements(
        'Президент Ассамблеяның алдына жаңа міндет те қойды: жастар арасында тілді насихаттау. Бұл – әр өңірдегі Достық үйлерінің басты жұмысы болмақ.',
        kk,
      ).map(([kind, speaker]) => [kind, speaker]),
    ).toEqual([
      ['reported', TOKAYEV],
      ['reported', TOKAYEV],
    ])
  })

  it('does not take a narration sentence whose last word merely looks like a verb', () => {
    expect(
      statements('Биыл облыста жаңа мектептер салынатынын бәрі біледі.', kk).filter(
        ([k]) => k === 'reported',
      ),
    ).toEqual([])
  })
})

describe('Kazakh: more verb-final forms', () => {
  it('takes a fragment whose reporting verb comes after it: `… «…» жүруі керек екенін айтты`', () => {
    const raw =
      'Президент Достық үйлерінің жұмысы «кеңседе емес, ауылдың ортасында» жүруі керек екенін айтты.'
    expect(statements(raw, kk)).toEqual([
      ['reported', TOKAYEV, raw],
      ['direct', TOKAYEV, 'кеңседе емес, ауылдың ортасында'],
    ])
  })

  it('takes `«…», – деп Президент … үндеу тастады` (деп, then the subject, its verb last)', () => {
    expect(
      of(
        'direct',
        '«Бірлікті көздің қарашығындай сақтаңыздар», – деп Президент жастарға үндеу тастады.',
        kk,
      ),
    ).toEqual([['direct', TOKAYEV, 'Бірлікті көздің қарашығындай сақтаңыздар']])
  })

  it('reports the clause of an interview answer that ends at its verb: `… керек деді, біз де …`', () => {
    const raw = [
      'Асан Бейсенов: Тіл – бірліктің негізі',
      'Сұрақ: Тіл курстары қалай жұмыс істейді?',
      'Жауап: Курстар тегін. Президент бұл істе күштеу емес, ынталандыру керек деді, біз де осыны ұстанамыз.',
    ].join('\n\n')
    expect(of('reported', raw, kk)).toEqual([
      ['reported', TOKAYEV, 'Президент бұл істе күштеу емес, ынталандыру керек деді'],
    ])
  })
})

describe('Kazakh: names with their role before them', () => {
  it('takes the name after a role in the genitive (…Төрағасының орынбасары Асан Бейсенов)', () => {
    const found = statements(
      'Ассамблея Төрағасының орынбасары Асан Бейсенов жаңа кабинеттер ашылатынын мәлімдеді. «Біз бұған дайынбыз», – деді ол.',
      kk,
    )
    expect(found.map(([, speaker]) => speaker)).toEqual(['Асан Бейсенов', 'Асан Бейсенов'])
  })

  it('does not take the genitive word after a name into it (Нұрлан Сағатұлы Ассамблеяның …)', () => {
    const found = statements(
      'Облыстық Ассамблея хатшылығының меңгерушісі Нұрлан Сағатұлы Ассамблеяның рөлі артқанын атап көрсетті.',
      kk,
    )
    expect(found.map(([, speaker]) => speaker)).toEqual(['Нұрлан Сағатұлы'])
  })
})

describe('A quoted fragment in a sentence that goes on after it', () => {
  it('Kazakh `Президент Ассамблеяны «…» деп атады`: the fragment direct, the sentence reported', () => {
    expect(
      statements('Президент Ассамблеяны «бүкіл халықтың ортақ үйі болған институт» деп атады.', kk),
    ).toEqual([
      [
        'reported',
        TOKAYEV,
        'Президент Ассамблеяны «бүкіл халықтың ортақ үйі болған институт» деп атады.',
      ],
      ['direct', TOKAYEV, 'бүкіл халықтың ортақ үйі болған институт'],
    ])
  })

  it('keeps `Тоқаев «…» деп атап өтті` (nothing but the subject before it) one direct quote', () => {
    expect(
      statements('Тоқаев «мемлекеттік тіл барлық азаматтарды біріктіруі керек» деп атап өтті.', kk),
    ).toEqual([['direct', TOKAYEV, 'мемлекеттік тіл барлық азаматтарды біріктіруі керек']])
  })

  it('Russian `назвал Ассамблею «…» и призвал …`: the whole sentence is the report', () => {
    const raw =
      'Касым-Жомарт Токаев назвал Ассамблею «школой доверия для всех граждан» и призвал ее членов работать в регионах.'
    expect(statements(raw, ru)).toEqual([
      ['reported', TOKAYEV, raw],
      ['direct', TOKAYEV, 'школой доверия для всех граждан'],
    ])
  })

  it('English `described the Assembly as “…” and called on …`: the whole sentence is the report', () => {
    const raw =
      'Tokayev described the Assembly as “a bridge between all the peoples of the country” and called on its members to work in the regions.'
    expect(statements(raw)).toEqual([
      ['reported', TOKAYEV, raw],
      ['direct', TOKAYEV, 'a bridge between all the peoples of the country'],
    ])
  })
})

describe('Russian: reports with a verb no list foresees', () => {
  it('reports `SUBJECT <past verb>, что …` (доложил, объявил)', () => {
    expect(
      statements(
        'Токаев объявил, что весенний форум в этом году проводиться не будет.\n\nАсан Бейсенов доложил, что штабы работали круглосуточно.',
        ru,
      ),
    ).toEqual([
      ['reported', TOKAYEV, 'Токаев объявил, что весенний форум в этом году проводиться не будет.'],
      ['reported', 'Асан Бейсенов', 'Асан Бейсенов доложил, что штабы работали круглосуточно.'],
    ])
  })

  it('reports `… объявил, что форум не состоится` (what was said, not an event)', () => {
    expect(
      of('reported', 'Токаев объявил, что осенний форум в этом году не состоится.', ru),
    ).toEqual([
      ['reported', TOKAYEV, 'Токаев объявил, что осенний форум в этом году не состоится.'],
    ])
  })

  it('takes `Сам Президент` (a word opening the sentence before a title) as the President', () => {
    expect(
      of('reported', 'Сам Президент на сессии напомнил, что за год прошло три тысячи встреч.', ru),
    ).toEqual([
      [
        'reported',
        TOKAYEV,
        'Сам Президент на сессии напомнил, что за год прошло три тысячи встреч.',
      ],
    ])
  })
})

describe('An interview answer that reports the President (Kazakh and Russian)', () => {
  it('gives the reporting clause (up to `, и эту …`) to the President, the answer to the interviewee', () => {
    const raw = [
      'Интервью с членом Ассамблеи Асаном Бейсеновым',
      '— Что было главным на сессии?',
      '— Главное – люди. Президент отметил, что Ассамблея на деле доказала свою пользу, и эту оценку мы очень ценим.',
      '— А что дальше?',
      '— Будем работать в каждом районе, без выходных.',
    ].join('\n\n')
    expect(
      statements(raw, ru).filter(([k, speaker]) => k === 'reported' || speaker === TOKAYEV),
    ).toEqual([
      ['reported', TOKAYEV, 'Президент отметил, что Ассамблея на деле доказала свою пользу'],
    ])
  })
})

describe('An anaphoric role noun in an attribution: the person named last', () => {
  it('Kazakh `– деп есептейді сарапшы`', () => {
    const found = statements(
      'Экономист Берік Омаров бұл шешімді дұрыс деп бағалайды. «Қаражатты бақылау керек», – деп есептейді сарапшы.',
      kk,
    )
    expect(found.map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['reported', 'Берік Омаров'],
      ['direct', 'Берік Омаров'],
    ])
  })

  it('Russian `– отмечает эксперт` and English `the analyst said`', () => {
    expect(
      of(
        'direct',
        'Политолог Асан Бейсенов считает решение верным. «Главное теперь – контроль за расходами», – отмечает эксперт.',
        ru,
      ).map(([, speaker]) => speaker),
    ).toEqual(['Асан Бейсенов'])
    expect(
      of(
        'direct',
        'Analyst Dana Seitova believes the decision is right. “The hard part is control over spending,” the analyst said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dana Seitova'])
  })
})

describe('A live blog: a line that is only `SPEAKER:` introduces the quotation below it', () => {
  it('takes the next paragraph’s quotation as that speaker’s', () => {
    const raw = [
      '11:20',
      'Мемлекет басшысы:',
      '«Біздің күшіміз – бірлікте. Оны әр азамат сақтауы тиіс».',
    ].join('\n\n')
    expect(of('direct', raw, kk)).toEqual([
      ['direct', TOKAYEV, 'Біздің күшіміз – бірлікте. Оны әр азамат сақтауы тиіс'],
    ])
  })
})

describe('Salutations of a reproduced speech', () => {
  it('leaves out `I welcome all participants of …` and `Приветствую участников …`', () => {
    const en = [
      'The full text of the speech is as follows:',
      'I welcome all participants of the thirty-third session of the Assembly of People of Kazakhstan.',
      'Our unity is our strength.',
    ].join('\n\n')
    expect(leftOut(en).map(([reason]) => reason)).toContain('salutation')
    expect(of('direct', en)).toEqual([['direct', TOKAYEV, 'Our unity is our strength.']])
  })
})

// Forms the held-out batch of the second round showed missing (fixed after it was measured).
describe('A second speaker named again by surname alone', () => {
  it('is the person the document named in full before (`– сообщил Лемешко`, `Seitkali said`)', () => {
    expect(
      statements(
        'Член совета Виктор Лемешко считает, что споры решаются миром. «Почти все конфликты мы гасим за неделю», – сообщил Лемешко.',
        ru,
      ).map(([, speaker]) => speaker),
    ).toEqual(['Виктор Лемешко', 'Виктор Лемешко'])
    expect(
      statements(
        'Nurlan Seitkali believes that young people led the response. “Nobody had to ask them twice,” Seitkali said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Nurlan Seitkali', 'Nurlan Seitkali'])
  })

  it('also inflected, in a marker of their words (`По мнению Ахметова`, `Омаровтың айтуынша`)', () => {
    expect(
      of(
        'reported',
        'Политолог Данияр Ахметов убежден, что подход верный. По мнению Ахметова, главное теперь – качество курсов.',
        ru,
      ).map(([, speaker, text]) => [speaker, text]),
    ).toEqual([
      ['Данияр Ахметов', 'Политолог Данияр Ахметов убежден, что подход верный.'],
      ['Данияр Ахметов', 'По мнению Ахметова, главное теперь – качество курсов.'],
    ])
    expect(
      of(
        'reported',
        'Сарапшы Берік Омаров бұл шешімді дұрыс деп бағалайды.\n\nОмаровтың айтуынша, курстардың сапасы маңызды.',
        kk,
      ).map(([, speaker]) => speaker),
    ).toEqual(['Берік Омаров', 'Берік Омаров'])
  })

  it('is never someone named only in another document', () => {
    expect(
      of('direct', '«Почти все конфликты мы гасим за неделю», – сообщил Лемешко.', ru),
    ).toEqual([['direct', 'Лемешко', 'Почти все конфликты мы гасим за неделю']])
  })
})

describe('Russian: the verb first, or an object before `что`', () => {
  it('reports `Подчеркнул Президент и то, что …` (the verb opening the sentence)', () => {
    const raw = 'Подчеркнул Президент и то, что никакого ущемления языков в стране нет.'
    expect(statements(raw, ru)).toEqual([['reported', TOKAYEV, raw]])
  })

  it('reports `… рассказал журналистам, что …` and `told The Astana Times that …`', () => {
    const ru1 =
      'Председатель совета Виктор Лемешко рассказал журналистам, что кабинеты работают три года.'
    expect(statements(ru1, ru)).toEqual([['reported', 'Виктор Лемешко', ru1]])
    const en1 =
      'Nurlan Seitkali, head of the youth wing, told The Astana Times that volunteers came first.'
    expect(statements(en1)).toEqual([['reported', 'Nurlan Seitkali', en1]])
  })
})
