/** Issues in English words, as the tool prints them: for tests that check what a person reads. */
import type { Issue } from '../src/domain/errors.js';
import { LANGUAGES, type Language } from '../src/domain/language.js';
import { describe as describeIssue, loadMessages, messagesFor, type Messages } from '../src/i18n/messages.js';

/** Every interface language's table, loaded as a run loads it: each must say what English says. */
export const TABLES = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await loadMessages(l)]))) as Record<Language, Messages>;

const en = messagesFor('en');

/** The English message of an issue, or of an error that carries one. */
export function say(x: Issue | { issue: Issue }): string {
  return describeIssue(en, 'issue' in x ? x.issue : x);
}

/** The English verdict sentence of a follow-up record's facts. */
export const verdict = en.record.verdict;
