/**
 * Which values a long facet shows before it is expanded: the `limit` values with the largest
 * counts, plus every selected value, in the facet's own order (not by count, so a value does
 * not jump around the list as the counts change under it). Equal counts keep the earlier value.
 *
 * One pass over the values keeping a short sorted list, not a sort of all of them: a facet can
 * have a thousand values at scale (sources), and this runs on every keystroke.
 */
export function largestValues<T extends { value: string }>(
  values: readonly T[],
  countOf: (value: string) => number,
  selected: readonly string[],
  limit: number,
): T[] {
  const top: { index: number; count: number }[] = []
  values.forEach((v, index) => {
    const count = countOf(v.value)
    if (top.length === limit && count <= top[limit - 1]!.count) return
    let at = top.length
    while (at > 0 && top[at - 1]!.count < count) at--
    top.splice(at, 0, { index, count })
    if (top.length > limit) top.pop()
  })
  const keep = new Set(top.map((t) => t.index))
  const chosen = new Set(selected)
  return values.filter((v, index) => keep.has(index) || chosen.has(v.value))
}
