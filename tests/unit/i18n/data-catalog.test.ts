import { describe, expect, it } from 'vitest'
import { DATASET_FIELDS, RIGHTS_STATEMENT } from '@/domain/export/dataset'
import english from '@/i18n/messages/en/data.json'

describe('the /data page’s words', () => {
  it('explain every field of the dataset, and no field it does not have', () => {
    const explained = Object.keys(english)
      .filter((key) => key.startsWith('field.'))
      .map((key) => key.slice('field.'.length))
    expect(explained).toEqual(DATASET_FIELDS.map((f) => f.name))
  })

  it('say in English what the Data Package says (the file stays English; the page translates it)', () => {
    expect(english['rights.statement']).toBe(RIGHTS_STATEMENT)
    for (const field of DATASET_FIELDS)
      expect(english[`field.${field.name}` as keyof typeof english]).toBe(field.description)
  })
})
