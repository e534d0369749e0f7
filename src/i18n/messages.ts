/**
 * The words of the interface, per language. run() picks one table per run and hands it down;
 * nothing below the commands holds words of its own. Field labels and kinds are the file
 * format's vocabulary (domain/format/vocabulary.ts), not the interface's.
 */
import type { Issue } from '../domain/errors.js';
import type { Language } from '../domain/language.js';
import { en, type Messages } from './en.js';
import { zh } from './zh.js';

export type { Messages };

/** Every interface language's table; each must provide every key of the English one. */
export const TABLES: Record<Language, Messages> = { en, 'zh-CN': zh };

/** The table for a language, English when there is none. */
export function messagesFor(language: string | undefined): Messages {
  return language && Object.hasOwn(TABLES, language) ? TABLES[language as Language] : TABLES.en;
}

/** An issue in words: its code's message, with nested issues said the same way. */
export function describe(t: Messages, issue: Issue): string {
  const say = (i: Issue): string => (t.issues[i.code] as (p: unknown, s: typeof say) => string)(i.params, say);
  return say(issue);
}
