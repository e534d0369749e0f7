/** Issues in English words, as the tool prints them: for tests that check what a person reads. */
import type { Issue } from '../src/domain/errors.js';
import { describe as describeIssue, messagesFor } from '../src/i18n/messages.js';

const en = messagesFor('en');

/** The English message of an issue, or of an error that carries one. */
export function say(x: Issue | { issue: Issue }): string {
  return describeIssue(en, 'issue' in x ? x.issue : x);
}

/** The English verdict sentence of a follow-up record's facts. */
export const verdict = en.record.verdict;
