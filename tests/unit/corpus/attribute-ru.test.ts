/** Russian press writing, one form per test, on short texts written for these tests. */
import { describe, expect, it } from 'vitest'
import { leftOut, readText, statements } from './read-text'

const TOKAYEV = 'Kassym-Jomart Tokayev'
const ru = { language: 'ru' as const }
const direct = (raw: string) => statements(raw, ru).filter(([k]) => k === 'direct')

describe('Russian: direct quotes', () => {
  it('takes «…», – сказал Токаев (verb first, after a dash)', () => {
    expect(direct('«Единство народа – наша главная ценность», – сказал Токаев.')).toEqual([
      ['direct', TOKAYEV, 'Единство народа – наша главная ценность'],
    ])
  })

  it('takes a verb no list foresees: «…», – считает Глава государства / резюмировал Президент', () => {
    expect(direct('«Диалог важнее споров», – считает Глава государства.')).toEqual([
      ['direct', TOKAYEV, 'Диалог важнее споров'],
    ])
    expect(direct('«Мы сохраним мир и согласие», – резюмировал Президент.')).toEqual([
      ['direct', TOKAYEV, 'Мы сохраним мир и согласие'],
    ])
  })

  it('takes a quotation introduced before it: Токаев заявил: «…»; подчеркнул, что «…»', () => {
    expect(
      direct('Касым-Жомарт Токаев заявил: «Каждый гражданин должен беречь единство страны».'),
    ).toEqual([['direct', TOKAYEV, 'Каждый гражданин должен беречь единство страны']])
    expect(
      direct(
        'Глава государства подчеркнул, что «государственный язык должен объединять всех граждан».',
      ),
    ).toEqual([['direct', TOKAYEV, 'государственный язык должен объединять всех граждан']])
  })

  it('pairs „…“ and nested guillemets', () => {
    expect(direct('„Мы – одна семья“, – добавил Токаев.')).toEqual([
      ['direct', TOKAYEV, 'Мы – одна семья'],
    ])
    expect(
      direct('«Проект «Бірлік» объединит молодежь всех регионов», – отметил Президент.'),
    ).toEqual([['direct', TOKAYEV, 'Проект «Бірлік» объединит молодежь всех регионов']])
  })

  it('gives a second speaker the role the source gives, with a Latin id', () => {
    const { statements: found } = readText(
      '«Новая концепция идентичности будет полезна молодежи», – сказала Айгуль Сарсенова, член Ассамблеи народа Казахстана.',
      ru,
    )
    expect(found.map((s) => s.speaker)).toEqual([
      { id: 'aygul-sarsenova', name: 'Айгуль Сарсенова', role: 'член Ассамблеи народа Казахстана' },
    ])
  })
})

describe('Russian: reported statements', () => {
  it('reports what the President said, with inflected name forms and markers', () => {
    expect(
      statements(
        [
          'Глава государства отметил, что Ассамблея сыграла важную роль в модернизации страны.',
          'По словам Токаева, реформы создали новую основу для единства нации.',
          'По мнению Президента, каждый гражданин должен знать государственный язык.',
        ].join('\n\n'),
        ru,
      ),
    ).toEqual([
      [
        'reported',
        TOKAYEV,
        'Глава государства отметил, что Ассамблея сыграла важную роль в модернизации страны.',
      ],
      ['reported', TOKAYEV, 'По словам Токаева, реформы создали новую основу для единства нации.'],
      [
        'reported',
        TOKAYEV,
        'По мнению Президента, каждый гражданин должен знать государственный язык.',
      ],
    ])
  })

  it('leaves out the dateline, the event and web residue', () => {
    const raw = [
      'Токаев выступил на сессии Ассамблеи',
      'АСТАНА. 27 апреля. КАЗИНФОРМ – Президент Касым-Жомарт Токаев принял участие в XXXII сессии Ассамблеи народа Казахстана.',
      'Читайте также: Токаев подписал указ',
      'Подписывайтесь на наш Telegram-канал',
      'Фото: Акорда',
      'Справка',
      'Ассамблея создана в 1995 году.',
    ].join('\n\n')
    expect(statements(raw, ru)).toEqual([])
    expect(leftOut(raw, ru).map(([reason]) => reason)).toEqual([
      'heading',
      'dateline',
      'event',
      'residue',
      'residue',
      'caption',
      'heading',
      'background',
    ])
  })

  it('takes a reproduced speech after «Приводим полный текст выступления»', () => {
    const raw = [
      'Президент выступил на сессии Ассамблеи народа Казахстана. Приводим полный текст выступления.',
      'Уважаемые участники сессии!',
      'Наше единство – основа всех достижений.',
      '(Аплодисменты)',
    ].join('\n\n')
    expect(statements(raw, ru)).toEqual([
      ['direct', TOKAYEV, 'Наше единство – основа всех достижений.'],
    ])
  })

  it('makes interview answers direct (Вопрос/Ответ)', () => {
    const raw = [
      'Вопрос: Какова главная задача Ассамблеи?',
      'Ответ: Главная задача – сохранить мир и согласие между всеми этносами.',
    ].join('\n\n')
    expect(statements(raw, ru)).toEqual([
      ['direct', TOKAYEV, 'Главная задача – сохранить мир и согласие между всеми этносами.'],
    ])
    expect(leftOut(raw, ru).map(([r]) => r)).toEqual(['question'])
  })
})
