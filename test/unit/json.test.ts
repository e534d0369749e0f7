/**
 * JSON output is written in pieces, a long list a few hundred items at a time, wherever it
 * sits: the text must be what one JSON.stringify(value, null, 2) of the whole gives (escaped).
 */
import { describe, expect, it } from 'vitest';
import { jsonText, writeJson } from '../../src/ui/json.js';

function written(value: unknown): { text: string; writes: number } {
  let text = '';
  let writes = 0;
  writeJson(value, (t) => {
    text += t;
    writes++;
  });
  return { text, writes };
}

const item = (i: number) => ({ slug: `c${i}`, name: `Customer ${i} \u009b 杭州`, tags: ['a', 'b'], due: null, nested: { heat: i % 100, flags: i % 2 ? [] : ['overdue'] } });

describe('JSON output', () => {
  it('is indented JSON of the whole value, for a long list at the top, in an object, and deeper', () => {
    const list = Array.from({ length: 1201 }, (_, i) => item(i));
    const shapes: unknown[] = [
      list,
      { date: '2026-11-30', totals: { active: 1201, overdue: 3 }, items: list, skipped: undefined, more: [] },
      { report: { items: list, 'odd "key"\u2028': 1 }, after: [list.slice(0, 3)] },
      [],
      {},
      'text',
      null,
      list.slice(0, 500),
      { items: list.slice(0, 501), f: () => 1 },
    ];
    for (const value of shapes) expect(written(value).text).toBe(`${jsonText(value)}\n`);
    expect(JSON.parse(written(shapes[1]).text).items).toHaveLength(1201);
  });

  it('is handed on in pieces, not as one string', () => {
    const review = { date: '2026-11-30', items: Array.from({ length: 5000 }, (_, i) => item(i)) };
    const { text, writes } = written(review);
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(writes).toBeGreaterThan(10);
  });
});
