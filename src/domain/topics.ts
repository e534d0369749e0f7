/** What was already said: topics covered, open problems, and warnings against repeating them. */
import { reading } from './format/vocabulary.js';
import { topicsIn } from './format.js';
import type { IsoDate } from './dates.js';
import { chronological, compareDates, compareText } from './order.js';
import type { Entry } from './types.js';

export interface CoveredTopic {
  topic: string;
  /** Dates it was discussed, oldest first. */
  dates: IsoDate[];
  last: IsoDate;
}

/** Topics an entry discussed: everywhere in it but its Next plan; a plan entry discusses none. */
export function discussedTopics(e: Pick<Entry, 'kind' | 'title' | 'fields' | 'text'>): string[] {
  if (e.kind === 'plan') return [];
  const fields = Object.entries(e.fields).filter(([key]) => key !== 'next').map(([, v]) => v);
  return topicsIn([e.title, ...fields, ...e.text].join('\n'));
}

/** Topics discussed in all entries, most recently discussed first. */
export function coveredTopics(entries: Entry[]): CoveredTopic[] {
  const map = new Map<string, IsoDate[]>();
  for (const e of chronological(entries)) {
    for (const t of discussedTopics(e)) {
      const dates = map.get(t) ?? [];
      if (dates[dates.length - 1] !== e.date) dates.push(e.date);
      map.set(t, dates);
    }
  }
  return [...map.entries()]
    .map(([topic, dates]) => ({ topic, dates, last: dates[dates.length - 1]! }))
    .sort((a, b) => compareDates(b.last, a.last) || compareText(a.topic, b.topic));
}

/** The topics of a new entry when every one of them was covered before; null when any is new. */
export function repeatedTopics(topics: string[], previous: Entry[]): CoveredTopic[] | null {
  if (topics.length === 0) return null;
  const covered = new Map(coveredTopics(previous).map((c) => [c.topic, c]));
  const hits = topics.map((t) => covered.get(t));
  return hits.every((h) => h !== undefined) ? (hits as CoveredTopic[]) : null;
}

/** Problems still open: those of the latest entry with a Problems line ("none" clears them). */
export function openProblems(entries: Entry[]): { since: IsoDate; problems: string[] } | null {
  const latest = chronological(entries).filter((e) => e.fields.problems !== undefined).pop();
  if (!latest) return null;
  const problems = latest.fields
    .problems!.split(/[;；]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !reading.none.includes(p.toLowerCase().replace(/[.。!！]+$/, '')));
  return problems.length > 0 ? { since: latest.date, problems } : null;
}
