/**
 * The app's one set of button styles (and the text field that goes with them). Every button
 * takes one of these, so buttons look and behave alike everywhere: a visible border in both
 * themes, AA contrast, a hover state, and a dimmed look when disabled.
 *
 * Three buttons keep their own classes: the search buttons of the header and the home page, and
 * the error panel's "try again". They are in the home page's JavaScript, which is budgeted
 * (`npm run budget`), and importing this module there costs about 0.2 KB gzip. Their colours
 * are the primary style's.
 */
const SHAPE =
  'inline-flex items-center justify-center gap-1.5 rounded border font-medium disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60'
const SIZE = 'px-3 py-1.5 text-sm'
const PLAIN =
  'border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800'
const PRIMARY =
  'border-cyan-800 bg-cyan-800 text-white hover:bg-cyan-900 dark:border-cyan-700 dark:bg-cyan-700 dark:hover:bg-cyan-600'
const DANGER =
  'border-red-700 bg-white text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-red-950'

/** An ordinary action. */
export const buttonClass = `${SHAPE} ${SIZE} ${PLAIN}`

/** The main action of a form or panel (one per place). */
export const primaryButtonClass = `${SHAPE} ${SIZE} ${PRIMARY}`

/** An action that deletes or discards. */
export const dangerButtonClass = `${SHAPE} ${SIZE} ${DANGER}`

/** A one-line text field that sits beside these buttons. */
export const fieldClass =
  'block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-950 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-50'
