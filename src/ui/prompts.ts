/** Questions at the terminal; loaded only when a command asks. */
import { confirm, input, select } from '@inquirer/prompts';

export { confirm, input, select };

/** A free-text answer; empty means none. */
export async function ask(
  message: string,
  def?: string | null,
  check?: (answer: string) => string | null,
): Promise<string | undefined> {
  const answer = await input({
    message,
    default: def ?? undefined,
    prefill: def ? 'editable' : undefined,
    // An answer that cannot be used is refused at once, so nothing typed before is lost.
    validate: check ? (a) => (a.trim() === '' ? true : (check(a.trim()) ?? true)) : undefined,
  });
  return answer.trim() === '' ? undefined : answer.trim();
}
