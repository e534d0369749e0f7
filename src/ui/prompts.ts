/** Questions at the terminal; loaded only when a command asks. */
import { confirm, input, select } from '@inquirer/prompts';

export { confirm, input, select };

/** A free-text answer; empty means none. */
export async function ask(message: string, def?: string | null): Promise<string | undefined> {
  const answer = await input({ message, default: def ?? undefined, prefill: def ? 'editable' : undefined });
  return answer.trim() === '' ? undefined : answer.trim();
}
