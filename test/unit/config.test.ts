import YAML from 'yaml';
import { say } from '../say.js';
import { describe, expect, it } from 'vitest';
import { CONFIG_TEMPLATE, DEFAULT_CONFIG, resolveConfig, type Config } from '../../src/domain/config.js';

function ok(raw: unknown): Config {
  const r = resolveConfig(raw);
  if ('error' in r) throw new Error(say(r.error));
  return r.config;
}

function error(raw: unknown): string {
  const r = resolveConfig(raw);
  if (!('error' in r)) throw new Error('expected an error');
  return say(r.error);
}

/** The template with every `# key: value` line (top level or indented) uncommented. */
function uncommented(template: string): string {
  return template
    .split('\n')
    .filter((l) => /^#( +)[a-z_-]+:( |$)/.test(l))
    .map((l) => l.replace(/^# /, ''))
    .join('\n');
}

describe('the config.yml that init writes', () => {
  it('has every line commented out, so it sets nothing', () => {
    for (const line of CONFIG_TEMPLATE.split('\n')) expect(line === '' || line.startsWith('#')).toBe(true);
    expect(YAML.parse(CONFIG_TEMPLATE)).toBeNull();
    expect(ok(YAML.parse(CONFIG_TEMPLATE))).toEqual(DEFAULT_CONFIG);
  });

  it('names every setting, and uncommented it gives the defaults (the per-stage and per-tag examples aside)', () => {
    const raw = YAML.parse(uncommented(CONFIG_TEMPLATE)) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(
      ['cadence', 'cadence_by_stage', 'cadence_by_tag', 'capacity', 'cooling', 'heat', 'language', 'late_stages', 'locale', 'no_close_after', 'reminder', 'stages', 'stalled_after', 'workdays'].sort(),
    );
    const c = ok(raw);
    // The template names English; unset, the language comes from the environment (null).
    expect(c.language).toBe('en');
    expect({ ...c, language: null, cadenceByStage: {}, cadenceByTag: {} }).toEqual(DEFAULT_CONFIG);
  });

  it('holds each key once', () => {
    const keys = uncommented(CONFIG_TEMPLATE).split('\n').filter((l) => !l.startsWith(' ')).map((l) => l.split(':')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('resolveConfig', () => {
  it('gives the defaults for an empty file: English, 14 days, 15 visits a day', () => {
    const c = ok(null);
    expect(c).toEqual(DEFAULT_CONFIG);
    expect(c).toMatchObject({ locale: 'en', cadence: 14, capacity: 15 });
    expect(c).not.toBe(DEFAULT_CONFIG);
  });

  it('lays what a user wrote over the defaults', () => {
    const c = ok(YAML.parse('locale: zh\ncadence: 10\ncapacity: 2\ncadence_by_stage:\n  Negotiation: 5\ncadence_by_tag: {Key-Account: 7}\nworkdays: [mon, Tue, wednesday]\n'));
    expect(c).toMatchObject({
      locale: 'zh',
      cadence: 10,
      capacity: 2,
      cadenceByStage: { negotiation: 5 },
      cadenceByTag: { 'key-account': 7 },
      workdays: [1, 2, 3],
      stages: DEFAULT_CONFIG.stages,
    });
  });

  it('keeps only late stages that exist when the stages change', () => {
    expect(ok({ stages: ['lead', 'proposal', 'won'] }).lateStages).toEqual(['proposal']);
    // Stages written with capitals are the same stages: the late ones stay.
    expect(ok({ stages: ['Lead', 'Proposal', 'Negotiation'] }).lateStages).toEqual(['proposal', 'negotiation']);
  });

  it('does not share state between calls', () => {
    ok({ cadence: 3 }).stages.push('mutated');
    expect(ok(null).stages).toEqual(DEFAULT_CONFIG.stages);
    expect(DEFAULT_CONFIG.stages).not.toContain('mutated');
  });

  it.each([
    [{ locale: 'fr' }, /'locale' must be en or zh/],
    [{ cadence: 0 }, /'cadence' must be a whole number above 0/],
    [{ cadence: 'two weeks' }, /'cadence' must be a whole number above 0/],
    [{ capacity: 1.5 }, /'capacity' must be a whole number above 0/],
    [{ capacity: -1 }, /'capacity' must be a whole number above 0/],
    [{ workdays: ['funday'] }, /'workdays' has 'funday'/],
    [{ workdays: [] }, /'workdays' must name at least one day/],
    [{ stages: 'lead' }, /'stages' must be a list/],
    [{ cadence_by_stage: 7 }, /'cadence_by_stage' must map names to days/],
    [{ cadence_by_tag: { vip: 'soon' } }, /'cadence_by_tag.vip' must be a whole number/],
    [{ heat: { contact: 2 } }, /'heat.contact' must be between 0 and 1/],
    [{ heat: { warmth: 1 } }, /unknown setting 'heat.warmth'/],
    [{ capasity: 3 }, /unknown setting 'capasity'; known ones are/],
    [{ stages: ['lead', 'Lead'] }, /'stages' names 'Lead' twice/],
    [{ stages: ['lead', 'won'], late_stages: ['closing'] }, /'late_stages' has 'closing', which is not in 'stages' \(lead, won\)/],
    [['a', 'b'], /"key: value" lines/],
  ])('refuses %j with one line saying why', (raw, reason) => {
    const e = error(raw);
    expect(e).toMatch(reason);
    expect(e).not.toContain('\n');
  });
});
