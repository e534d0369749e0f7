/** Questions at the terminal; loaded only when a command asks. */
import { confirm, input, select } from '@inquirer/prompts';
import type { Messages } from '../i18n/messages.js';

/** One of a few choices, its key hints in the interface language. */
export function pick<V>(message: string, choices: { name: string; value: V }[], def: V | undefined, t: Messages): Promise<V> {
  const keys = t.common.keys;
  return select({
    message,
    choices,
    default: def,
    theme: { style: { keysHelpTip: (tips: [string, string][]) => tips.map(([key, action]) => `${key} ${keys[action] ?? action}`).join(' • ') } },
  });
}

/** A yes-or-no question in the interface language: 是/否 in Chinese, and y/n whatever the language. */
export function yesNo(message: string, t: Messages, def = false): Promise<boolean> {
  const { yes, no, error } = t.common.answers;
  return confirm({ message, default: def, theme: { keywords: { yes, no, error: () => error(yes, no) } } });
}

/**
 * A date: the default is shown and Enter takes it, but typing replaces it (no editing inside a
 * pre-filled date); the answer is echoed as the date it means, not as typed.
 */
export async function askDate(
  message: string,
  def: string,
  resolve: (answer: string) => string | null,
  check: (answer: string) => string | null,
): Promise<string> {
  const answer = await input({
    message,
    default: def,
    validate: (a) => (a.trim() === '' ? true : (check(a.trim()) ?? true)),
    transformer: (value, { isFinal }) => (isFinal ? (resolve(value.trim() || def) ?? value) : value),
  });
  return answer.trim() === '' ? def : answer.trim();
}

/** A free-text answer; empty means none. */
export async function ask(message: string, def?: string | null): Promise<string | undefined> {
  const answer = await input({ message, default: def ?? undefined, prefill: def ? 'editable' : undefined });
  return answer.trim() === '' ? undefined : answer.trim();
}
