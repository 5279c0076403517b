/** The /check view's URL: `/check?text=…` (limits in check-text.ts, `MAX_CHECK_URL_CHARS`). */
import * as v from 'valibot'

export const CheckSearchSchema = v.object({
  text: v.fallback(v.optional(v.string()), undefined),
})
export type CheckSearch = v.InferOutput<typeof CheckSearchSchema>
