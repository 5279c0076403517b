import { cloneElement, Fragment, type ReactElement, type ReactNode } from 'react'

/**
 * A translated sentence with elements inside it: `Try the <0>overview</0>, or <1>search</1>.`
 * Translators move the numbered tags with the words they wrap (word order differs between
 * languages); each tag becomes its element from `components`, with the wrapped words as its
 * children. A tag without a component, or unbalanced, is shown as its words alone.
 */
export function renderRichText(
  text: string,
  components: Readonly<Record<number, ReactElement>>,
): ReactNode[] {
  const out: ReactNode[] = []
  const TAG = /<(\d+)>([\s\S]*?)<\/\1>/g
  let last = 0
  let key = 0
  for (const match of text.matchAll(TAG)) {
    if (match.index > last) out.push(text.slice(last, match.index))
    const element = components[Number(match[1])]
    const inner = renderRichText(match[2] ?? '', components)
    out.push(
      element ? (
        cloneElement(element, { key: key++ }, ...inner)
      ) : (
        <Fragment key={key++}>{inner}</Fragment>
      ),
    )
    last = match.index + match[0].length
  }
  if (last < text.length) out.push(text.slice(last))
  return out
}
