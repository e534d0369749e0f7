/**
 * The words of the interface, per language. run() picks one table per run and hands it down;
 * nothing below the commands holds words of its own. Field labels and kinds are the file
 * format's vocabulary (domain/format/vocabulary.ts), not the interface's.
 */
import type { Issue } from '../domain/errors.js';
import type { Language } from '../domain/language.js';
import { en, type Messages } from './en.js';

export type { Messages };

/**
 * Each interface language's table, loaded when a run needs it: the Chinese one is as large as
 * the English, and a run speaks one language (each must provide every key of the English one).
 */
const LOADERS: Record<Language, () => Promise<Messages>> = {
  en: async () => en,
  'zh-CN': async () => (await import('./zh.js')).zh,
};
const loaded = new Map<string, Messages>([['en', en]]);

/** Loads the table for a language (English when there is none), so that messagesFor() has it. */
export async function loadMessages(language: string | null | undefined): Promise<Messages> {
  if (language && Object.hasOwn(LOADERS, language) && !loaded.has(language)) loaded.set(language, await LOADERS[language as Language]());
  return messagesFor(language);
}

/** The table for a language that loadMessages() has loaded; English for any other. */
export function messagesFor(language: string | null | undefined): Messages {
  return (language && loaded.get(language)) || en;
}

/** An issue in words: its code's message, with nested issues said the same way. */
export function describe(t: Messages, issue: Issue): string {
  const say = (i: Issue): string => (t.issues[i.code] as (p: unknown, s: typeof say) => string)(i.params, say);
  return say(issue);
}
