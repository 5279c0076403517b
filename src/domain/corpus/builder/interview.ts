/**
 * Interviews: which paragraphs are the interviewer's questions and which the guest's answers.
 * Turns are labelled (`Q:`/`A:`, `Вопрос:`/`Ответ:`, `Сұрақ:`/`Жауап:`, or the speakers' names)
 * or dialogue lines opened by a dash, where the questions end with `?`. The guest is the name a
 * headline opens with (`Name: words`), the name after `an interview with`, or the document's
 * default speaker.
 */
import type { QuoteContext } from './direct'
import { personalName } from './names'
import type { Block } from './segment'
import { personId, type Person } from './speakers'

/** Interview turns: who speaks in a labelled paragraph, and where the words start. */
export interface Turn {
  role: 'question' | 'answer'
  speaker: Person | null
  start: number
}

/** A block whose line opens with a dash (`— …`): dialogue, in Russian and Kazakh writing. */
export const opensWithDash = (text: string, block: Block) =>
  /[–—-]\s*$/.test(text.slice(text.lastIndexOf('\n', block.start - 1) + 1, block.start))

/**
 * The interviewee: the name a headline opens with (`Name: words`), or the name after `an
 * interview with` in the headline or the opening paragraphs; else the document's default speaker.
 */
function interviewee(text: string, blocks: readonly Block[], ctx: QuoteContext): Person {
  const { patterns } = ctx
  const title = blocks.find((b) => b.kind === 'title')
  const label = title ? patterns.nameLabel.exec(text.slice(title.start, title.end)) : null
  const labelName = label?.groups?.name
  if (labelName && /\s/.test(labelName.trim())) return ctx.named(labelName, '')
  for (const b of blocks.slice(0, 4)) {
    const name = patterns.interviewWith.exec(text.slice(b.start, b.end))?.groups?.name
    if (name) return patterns.people.resolve(name) ?? ctx.named(personalName(name), '')
  }
  return patterns.people.default
}

/**
 * Interview turns: labelled paragraphs (`Q:`/`A:`, `Вопрос:`/`Ответ:`, `Сұрақ:`/`Жауап:`, or the
 * speakers' names), or dialogue lines opened by a dash where the questions end with `?`.
 * Null when the document is not an interview.
 */
export function interviewTurns(text: string, blocks: readonly Block[], ctx: QuoteContext) {
  const { patterns } = ctx
  type Label = { kind: 'question' | 'answer' | 'name'; name?: string; end: number }
  const labelled = new Map<Block, Label>()
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'bullet')
  for (const b of prose) {
    const line = text.slice(b.start, b.end)
    const q = patterns.questionLabel.exec(line)
    const a = patterns.answerLabel.exec(line)
    const n = patterns.nameLabel.exec(line)
    if (q) labelled.set(b, { kind: 'question', end: b.start + q[0].length })
    else if (a) labelled.set(b, { kind: 'answer', end: b.start + a[0].length })
    else if (n?.groups?.name && !/["“„«]/.test(text[b.start + n[0].length] ?? ''))
      labelled.set(b, { kind: 'name', name: n.groups.name, end: b.start + n[0].length })
  }
  const labels = [...labelled.values()]
  const questions = labels.filter((l) => l.kind === 'question').length
  const answers = labels.filter((l) => l.kind === 'answer').length
  const names = new Set(labels.filter((l) => l.kind === 'name').map((l) => l.name))
  const byName = labels.filter((l) => l.kind === 'name').length
  const hasQA = questions > 0 && answers > 0
  const turns = new Map<Block, Turn>()
  const guest = interviewee(text, blocks, ctx)
  if (hasQA || (names.size >= 2 && byName >= 3)) {
    for (const [block, label] of labelled) {
      if (label.kind === 'question')
        turns.set(block, { role: 'question', speaker: null, start: label.end })
      else if (label.kind === 'answer')
        turns.set(block, { role: 'answer', speaker: guest, start: label.end })
      else if (!hasQA) {
        const person =
          patterns.people.resolve(label.name ?? '') ??
          (personId(label.name ?? '') === guest.id ? guest : null)
        const listed = [...names].some(
          (n) => patterns.people.resolve(n ?? '') || personId(n ?? '') === guest.id,
        )
        // With a listed person or the named guest among the names, the others ask the questions.
        if (person || !listed)
          turns.set(block, {
            role: 'answer',
            speaker: person ?? ctx.named(label.name ?? '', ''),
            start: label.end,
          })
        else turns.set(block, { role: 'question', speaker: null, start: label.end })
      }
    }
    return turns
  }
  // Dialogue by dashes: `— Question?` / `— Answer.`
  const dashed = prose.filter((b) => opensWithDash(text, b))
  const asks = dashed.filter((b) => /\?\s*$/.test(text.slice(b.start, b.end)))
  if (asks.length < 2 || dashed.length < 4) return null
  for (const b of dashed)
    turns.set(
      b,
      asks.includes(b)
        ? { role: 'question', speaker: null, start: b.start }
        : { role: 'answer', speaker: guest, start: b.start },
    )
  return turns
}
