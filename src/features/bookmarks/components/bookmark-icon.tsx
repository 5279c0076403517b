/** The bookmark ribbon; filled when bookmarked, so the state shows in shape as well as colour. */
export function BookmarkIcon({
  filled,
  className = 'h-4 w-4',
}: {
  filled: boolean
  className?: string
}) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={className}
      fill={filled ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
    >
      <path d="M6 3h12a1 1 0 0 1 1 1v17l-7-4.5L5 21V4a1 1 0 0 1 1-1z" />
    </svg>
  )
}
