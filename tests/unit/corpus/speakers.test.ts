import { describe, expect, it } from 'vitest'
import { peopleFor, personId } from '../../../src/domain/corpus/builder/speakers'
import { SPEAKERS } from './read-text'

describe('speakers are data', () => {
  it('gives a Cyrillic name a readable Latin id, Kazakh letters included', () => {
    expect(personId('Танзила Хашиева')).toBe('tanzila-khashieva')
    expect(personId('Нұрсұлтан Әбішұлы')).toBe('nursultan-abishuly')
    expect(personId('Tanzila Khashiyeva')).toBe('tanzila-khashiyeva')
  })

  it('resolves names, aliases and titles, inflected, to their person', () => {
    const ru = peopleFor(SPEAKERS, 'ru', '2023-04-27')
    for (const form of ['Токаева', 'Касым-Жомарта Токаева', 'Главы государства', 'Президенту'])
      expect(ru.resolve(form)?.id, form).toBe('kassym-jomart-tokayev')
    const kk = peopleFor(SPEAKERS, 'kk', '2023-04-27')
    for (const form of ['Тоқаевтың', 'Мемлекет басшысының', 'Президенттің'])
      expect(kk.resolve(form)?.id, form).toBe('kassym-jomart-tokayev')
    const en = peopleFor(SPEAKERS, 'en', '2023-04-27')
    expect(en.resolve('the head of state')?.id).toBe('kassym-jomart-tokayev')
    expect(en.resolve('Nazarbayev')?.id).toBe('nursultan-nazarbayev')
  })

  it('lets a title refer to its holder on the date: the President of 2018 is not the President of 2023', () => {
    expect(peopleFor(SPEAKERS, 'en', '2018-04-27').resolve('President')?.id).toBe(
      'nursultan-nazarbayev',
    )
    expect(peopleFor(SPEAKERS, 'en', '2018-04-27').default.id).toBe('nursultan-nazarbayev')
    expect(peopleFor(SPEAKERS, 'en', '2023-04-27').default.id).toBe('kassym-jomart-tokayev')
    // A name is a name at any date.
    expect(peopleFor(SPEAKERS, 'en', '2018-04-27').resolve('Tokayev')?.id).toBe(
      'kassym-jomart-tokayev',
    )
  })

  it('adds a person the text names, with the role the source gives', () => {
    const people = peopleFor(SPEAKERS, 'en', '2023-04-27')
    expect(people.named('Marat Seitov', 'a member of the Assembly')).toEqual({
      id: 'marat-seitov',
      name: 'Marat Seitov',
      role: 'a member of the Assembly',
    })
  })
})
