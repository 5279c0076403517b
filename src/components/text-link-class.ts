/** The look of an inline text link: underlined (not colour alone), AA contrast in both themes. */
export const textLinkClass =
  'text-cyan-800 underline decoration-cyan-800/40 underline-offset-2 hover:decoration-cyan-800 dark:text-cyan-300 dark:decoration-cyan-300/50 dark:hover:decoration-cyan-300'
