/** Compiled interface messages (scripts/build/messages-plugin.ts). */
declare module 'virtual:messages/*' {
  import type { Messages } from '@lingui/core'
  const messages: Messages
  export default messages
}
