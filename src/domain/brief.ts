/** The brief before a visit: the summary, heat history, open problems and topics not to repeat. */
import type { Config } from './config.js';
import type { IsoDate } from './dates.js';
import { heatOf, type HeatPoint } from './method/heat.js';
import { chronological, summarize, type Summary } from './summary.js';
import { coveredTopics, openProblems, type CoveredTopic } from './topics.js';
import type { Customer, Entry, Profile } from './types.js';

export interface Brief extends Summary {
  /** Every front matter key as written. */
  profile: Profile['fields'];
  openProblems: string[];
  topics: CoveredTopic[];
  heatHistory: HeatPoint[];
  /** Every entry, newest first. */
  entries: Entry[];
}

export function buildBrief(customer: Customer, config: Config, today: IsoDate): Brief {
  const summary = summarize(customer, config, today);
  const ordered = chronological(customer.entries);
  const heat = customer.profile.status === 'active' ? heatOf(ordered, summary.cadence, config, today).history : [];
  return {
    ...summary,
    profile: customer.profile.fields,
    openProblems: openProblems(customer.entries)?.problems ?? [],
    topics: coveredTopics(customer.entries),
    heatHistory: heat,
    entries: ordered.reverse(),
  };
}
