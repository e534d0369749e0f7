/** Whether an error is a person pressing Ctrl-C at a question (the prompt library's own errors). */
export function isPromptAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}
