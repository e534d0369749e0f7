/** The brief before a visit: the summary, heat history, open problems and topics not to repeat. */
import type { Config } from './config.js';
import type { IsoDate } from './dates.js';
import { heatOf, type HeatPoint } from './method/heat.js';
import { chronological } from './order.js';
import { factsOf, summarize, type Summary } from './summary.js';
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
  /** The front matter keys beyond the profile's own (微信, 地址...), as written. */
  extra: [string, string][];
  /** Free notes outside the entries, as written. */
  notes: string[];
}

const PROFILE_KEYS = new Set(['name', 'contact', 'phone', 'stage', 'cadence', 'tags', 'status', 'created']);

/** A front matter value as one line of text: lists joined with commas, maps as `key: value` pairs. */
function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(asText).join(', ');
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${asText(x)}`).join(', ');
  return String(v);
}

export function buildBrief(customer: Customer, config: Config, today: IsoDate): Brief {
  const facts = factsOf(customer);
  const summary = summarize({ ...customer, facts }, config, today);
  const ordered = chronological(customer.entries);
  const heat = customer.profile.status === 'active' ? heatOf(facts, summary.cadence, config, today).history : [];
  return {
    ...summary,
    profile: customer.profile.fields,
    openProblems: openProblems(customer.entries)?.problems ?? [],
    topics: coveredTopics(customer.entries),
    heatHistory: heat,
    entries: ordered.reverse(),
    extra: Object.entries(customer.profile.fields)
      .filter(([k]) => !PROFILE_KEYS.has(k.toLowerCase()))
      .map(([k, v]) => [k, asText(v)] as [string, string]),
    notes: customer.notes ?? [],
  };
}
