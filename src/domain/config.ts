/** Settings of a notebook: the defaults, and the check of what a user wrote in config.yml. */
import { isLocale, LOCALES, type Locale } from './format/vocabulary.js';
import { weekdayNumber } from './dates.js';
import { issue, type Issue } from './errors.js';
import { MAX_CADENCE } from './limits.js';
import { LANGUAGES, localeOfLanguage, parseLanguage, type Language } from './language.js';
import { stageIn } from './method/stages.js';

export interface HeatSettings {
  /** Share of the way to 100 degrees that any contact adds. */
  contact: number;
  /** Extra share when the contact moved the stage forward. */
  progress: number;
  /** Extra share when a close was asked for. */
  close: number;
  /** Overdue share of a cadence at which the heat halves (0.3: 30% late halves it). */
  halfOverdue: number;
}

export interface Config {
  /** The interface language config.yml sets; null: the environment's (LANG...). */
  language: Language | null;
  /** The language of new files and entries: `locale`, else the interface language's. */
  locale: Locale;
  cadence: number;
  cadenceByStage: Record<string, number>;
  cadenceByTag: Record<string, number>;
  capacity: number;
  /** 0 = Sunday ... 6 = Saturday. */
  workdays: number[];
  stages: string[];
  lateStages: string[];
  cooling: number;
  stalledAfter: number;
  noCloseAfter: number;
  heat: HeatSettings;
  /** When a calendar export reminds of a visit: days before it, at a local time; null for no alarm. */
  reminder: Reminder | null;
}

export interface Reminder {
  daysBefore: number;
  /** HH:MM, local time. */
  time: string;
}

export const DEFAULT_CONFIG: Config = {
  language: null,
  locale: 'en',
  cadence: 14,
  cadenceByStage: {},
  cadenceByTag: {},
  capacity: 15,
  workdays: [1, 2, 3, 4, 5],
  stages: ['lead', 'qualified', 'proposal', 'negotiation'],
  lateStages: ['proposal', 'negotiation'],
  cooling: 1.5,
  stalledAfter: 3,
  noCloseAfter: 2,
  heat: { contact: 0.25, progress: 0.15, close: 0.1, halfOverdue: 0.3 },
  reminder: { daysBefore: 1, time: '18:00' },
};

/** The commented defaults `followup init` writes: uncomment a line to change it. */
export const CONFIG_TEMPLATE = `# followup settings. Every line below is a default; uncomment one to change it.
# The full list, with what each rule does, is in docs/method.md.

# Language of what followup says: en or zh-CN (unset: from LANG, else English).
# language: en
# Language of the labels and kinds in new files and entries: en or zh (unset: the one above).
# An entry added to a file keeps the words that file is already written in.
# locale: en

# Days between two contacts with a customer, unless the file says otherwise.
# cadence: 14
# Cadence by stage and by tag (a customer's own "cadence:" wins over both).
# cadence_by_stage:
#   negotiation: 7
# cadence_by_tag:
#   key-account: 7

# Visits a day that "agenda" and "plan" fill before spilling over.
# capacity: 15
# Days that "plan" puts visits on.
# workdays: [mon, tue, wed, thu, fri]

# Deal stages in order, first to last; "log --stage" accepts these.
# stages: [lead, qualified, proposal, negotiation]
# Stages where a close should be asked for on every visit.
# late_stages: [proposal, negotiation]

# A deal is cooling when the gap since the last contact passes this many cadences.
# cooling: 1.5
# Contacts in a row without a stage change that make a deal "stalled".
# stalled_after: 3
# Contacts in a late stage without asking for the close that raise "no-close".
# no_close_after: 2

# Heat, 0 to 100 degrees: what each contact adds, and how fast a late follow-up cools it.
# heat:
#   contact: 0.25
#   progress: 0.15
#   close: 0.1
#   half_overdue: 0.3

# When "export ics" reminds you of a visit: "18:00" is the day before at 18:00 local time,
# "-2d 09:00" two days before, "-0d 07:30" on the day; "off" for no alarm.
# reminder: "18:00"
`;

type Raw = Record<string, unknown>;

class ConfigError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
  }
}

/**
 * The largest value each number may take: beyond it a setting is a typo, and a date computed
 * from it would fall past the year 9999 (or a loop over the days would never end).
 */
const LIMITS = { cadence: MAX_CADENCE, capacity: 1000, count: 1000, factor: 100 } as const;

function positiveNumber(value: unknown, key: string, integer: boolean, max: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new ConfigError(issue('config.notNumber', { key, value: JSON.stringify(value) ?? String(value), integer }));
  }
  if (n > max) throw new ConfigError(issue('config.range', { key, value: String(value), max }));
  return n;
}

function share(value: unknown, key: string): number {
  const n = positiveNumber(value, key, false, Number.POSITIVE_INFINITY);
  if (n > 1) throw new ConfigError(issue('config.notShare', { key, value: n }));
  return n;
}

function stringList(value: unknown, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new ConfigError(issue('config.notList', { key }));
  }
  return value.map((v) => String(v).trim());
}

function cadenceMap(value: unknown, key: string): Record<string, number> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(issue('config.notDayMap', { key }));
  }
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value as Raw)) out[k.toLowerCase()] = positiveNumber(v, `${key}.${k}`, true, LIMITS.cadence);
  return out;
}

const TOP_KEYS = [
  'language', 'locale', 'cadence', 'cadence_by_stage', 'cadence_by_tag', 'capacity', 'workdays', 'stages',
  'late_stages', 'cooling', 'stalled_after', 'no_close_after', 'heat', 'reminder',
];
const HEAT_KEYS = ['contact', 'progress', 'close', 'half_overdue'];

function checkKeys(raw: Raw, known: string[], where: string): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key)) {
      throw new ConfigError(issue('config.unknownKey', { key: `${where}${key}`, known }));
    }
  }
}

/**
 * Checks the settings a user wrote and lays them over the defaults.
 * Returns the config, or the one-line reason it is wrong.
 */
export function resolveConfig(raw: unknown, envLanguage: Language = 'en'): { config: Config } | { error: Issue } {
  try {
    const config = build(raw);
    // Unless config.yml says, new files are written in the language the tool speaks.
    if (!isSet(raw, 'locale')) config.locale = localeOfLanguage(config.language ?? envLanguage);
    return { config };
  } catch (e) {
    if (e instanceof ConfigError) return { error: e.issue };
    throw e;
  }
}

function isSet(raw: unknown, key: string): boolean {
  return raw !== null && typeof raw === 'object' && (raw as Raw)[key] !== undefined;
}

function build(raw: unknown): Config {
  if (raw === null || raw === undefined) return structuredClone(DEFAULT_CONFIG);
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(issue('config.notMap'));
  const r = raw as Raw;
  checkKeys(r, TOP_KEYS, '');
  const c = structuredClone(DEFAULT_CONFIG);
  if (r.language !== undefined) {
    const l = parseLanguage(String(r.language));
    if (l === null) throw new ConfigError(issue('config.language', { value: JSON.stringify(r.language), languages: [...LANGUAGES] }));
    c.language = l;
  }
  if (r.locale !== undefined) {
    // zh-CN is accepted for zh: the same words the interface language is named by.
    const l = String(r.locale).replace(/^zh[-_]cn$/i, 'zh');
    if (!isLocale(l)) throw new ConfigError(issue('config.locale', { value: JSON.stringify(r.locale), locales: [...Object.keys(LOCALES), 'zh-CN'] }));
    c.locale = l;
  }
  if (r.cadence !== undefined) c.cadence = positiveNumber(r.cadence, 'cadence', true, LIMITS.cadence);
  if (r.cadence_by_stage !== undefined) c.cadenceByStage = cadenceMap(r.cadence_by_stage, 'cadence_by_stage');
  if (r.cadence_by_tag !== undefined) c.cadenceByTag = cadenceMap(r.cadence_by_tag, 'cadence_by_tag');
  if (r.capacity !== undefined) c.capacity = positiveNumber(r.capacity, 'capacity', true, LIMITS.capacity);
  if (r.workdays !== undefined) {
    c.workdays = stringList(r.workdays, 'workdays').map((d) => {
      const n = weekdayNumber(d);
      if (n === null) throw new ConfigError(issue('config.weekday', { value: d }));
      return n;
    });
    if (c.workdays.length === 0) throw new ConfigError(issue('config.noWorkdays'));
  }
  if (r.stages !== undefined) {
    c.stages = stringList(r.stages, 'stages');
    if (c.stages.length === 0) throw new ConfigError(issue('config.noStages'));
    const twice = c.stages.find((s, i) => c.stages.findIndex((t) => t.toLowerCase() === s.toLowerCase()) !== i);
    if (twice) throw new ConfigError(issue('config.stageTwice', { stage: twice }));
  }
  if (r.late_stages !== undefined) {
    c.lateStages = stringList(r.late_stages, 'late_stages');
    const stranger = c.lateStages.find((s) => !stageIn(s, c.stages));
    if (stranger) throw new ConfigError(issue('config.lateStage', { stage: stranger, stages: c.stages }));
  } else c.lateStages = c.lateStages.filter((s) => stageIn(s, c.stages));
  if (r.cooling !== undefined) c.cooling = positiveNumber(r.cooling, 'cooling', false, LIMITS.factor);
  if (r.stalled_after !== undefined) c.stalledAfter = positiveNumber(r.stalled_after, 'stalled_after', true, LIMITS.count);
  if (r.no_close_after !== undefined) c.noCloseAfter = positiveNumber(r.no_close_after, 'no_close_after', true, LIMITS.count);
  if (r.heat !== undefined) {
    if (r.heat === null || typeof r.heat !== 'object' || Array.isArray(r.heat)) {
      throw new ConfigError(issue('config.heat', { keys: HEAT_KEYS }));
    }
    const h = r.heat as Raw;
    checkKeys(h, HEAT_KEYS, 'heat.');
    if (h.contact !== undefined) c.heat.contact = share(h.contact, 'heat.contact');
    if (h.progress !== undefined) c.heat.progress = share(h.progress, 'heat.progress');
    if (h.close !== undefined) c.heat.close = share(h.close, 'heat.close');
    if (h.half_overdue !== undefined) c.heat.halfOverdue = positiveNumber(h.half_overdue, 'heat.half_overdue', false, LIMITS.factor);
  }
  if (r.reminder !== undefined) c.reminder = reminderOf(r.reminder);
  return c;
}

const REMINDER = /^(?:-(\d{1,2})d[ \t]+)?([01]?\d|2[0-3]):([0-5]\d)$/;

/** `reminder`: "HH:MM" (the day before), "-Nd HH:MM", or off (YAML's false too). */
function reminderOf(value: unknown): Reminder | null {
  const text = String(value).trim();
  if (value === false || /^(off|none|no|false)$/i.test(text)) return null;
  const m = REMINDER.exec(text);
  if (!m) throw new ConfigError(issue('config.reminder', { value: JSON.stringify(value) ?? String(value) }));
  return { daysBefore: m[1] === undefined ? 1 : Number(m[1]), time: `${m[2]!.padStart(2, '0')}:${m[3]}` };
}
