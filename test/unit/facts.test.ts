/**
 * The packed facts summaries read, and the way the index saves them and the entries: what is
 * read back is what was saved, and what cannot be what was saved is refused (the index then
 * reads the file again).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/domain/config.js';
import { reportFacts } from '../../src/domain/facts.js';
import { summarize } from '../../src/domain/summary.js';
import { packFacts, packProfile, unpackFacts, unpackProfile } from '../../src/store/digest-codec.js';
import { generatedDigests } from '../helpers.js';

/** What a saved value is after a trip through a JSON-lines file. */
const saved = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('packed facts', () => {
  const customers = generatedDigests(200);

  it('summarise a customer as its entries do, after a trip through the index', () => {
    for (const c of customers) {
      const facts = unpackFacts(saved(packFacts(reportFacts(c.entries))));
      expect(facts).not.toBeNull();
      const fromIndex = { slug: c.slug, relPath: c.relPath, profile: unpackProfile(saved(packProfile(c.profile)))!, facts: facts! };
      for (const today of ['2026-09-15', '2026-10-20', '2027-01-10']) {
        expect(summarize(fromIndex, DEFAULT_CONFIG, today)).toEqual(summarize(c, DEFAULT_CONFIG, today));
      }
    }
  });

  it('keep texts that hold a line break, or one empty text, apart', () => {
    const [c] = generatedDigests(1);
    const entry = { ...c!.entries[0]!, next: { date: null, action: 'two\nlines' }, fields: { status: '' }, stage: null };
    for (const entries of [[entry], [{ ...entry, next: null }]]) {
      expect(unpackFacts(saved(packFacts(reportFacts(entries))))).toEqual(reportFacts(entries));
    }
  });

  it('are refused when they cannot be what was saved', () => {
    const c = customers.find((x) => x.entries.some((e) => e.next && e.stage))!;
    const [numbers, texts] = packFacts(reportFacts(c.entries));
    expect(unpackFacts([numbers, texts])).not.toBeNull();
    for (const bad of [
      [numbers.slice(0, -1), texts], // cut short: a flag promises a number that is not there
      [numbers, ''], // texts missing that numbers point to
      [numbers.map((n, i) => (i === 0 ? 1.5 : n)), texts],
      [numbers, [1, 2]],
      ['numbers', texts],
      [numbers],
    ]) {
      expect(unpackFacts(bad)).toBeNull();
    }
    expect(unpackProfile(['name only'])).toBeNull();
  });
});
