/**
 * Runs `task` once the browser has painted the next frame: a requestAnimationFrame callback
 * runs just before that frame's style, layout and paint, and a message posted from it is
 * handled just after them. A keystroke's own echo (the character in the box) is then on
 * screen before the work it starts takes the main thread.
 *
 * A hidden tab paints no frames, so there the task only waits for the current one to end.
 */
export function afterNextPaint(task: () => void): void {
  if (document.visibilityState === 'hidden') {
    setTimeout(task, 0)
    return
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      task()
    }
    channel.port2.postMessage(null)
  })
}
