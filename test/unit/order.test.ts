import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain/order.js';
import { seeded } from '../helpers.js';

const collator = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);

/** A random name from `alphabet`, up to `max` characters: small alphabets make near-ties. */
function nameFrom(alphabet: string[], max: number, random: () => number): string {
  const length = Math.floor(random() * (max + 1));
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(random() * alphabet.length)];
  return s;
}

describe('compareText', () => {
  it.each([
    ['near ties of case, digits, spaces and Chinese', ['a', 'A', 'b', 'B', 'z', 'Z', ' ', '0', '1', '9', '客', '户', '一', '龥']],
    ['every plain character', [...' 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '王', '张', '杭', '州', '贸', '易', '有', '限', '公', '司', '丁', '齐']],
  ])('orders plain names as the English collator does: %s', (_what, alphabet) => {
    const random = seeded(20261129);
    const wrong: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const a = nameFrom(alphabet, 6, random);
      const b = random() < 0.2 ? a.toUpperCase() : nameFrom(alphabet, 6, random);
      if (sign(compareText(a, b)) !== sign(collator.compare(a, b))) wrong.push(`${JSON.stringify(a)} ${JSON.stringify(b)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('orders names with other characters by the English collator', () => {
    const names = ['Émile', 'emile', 'Zoë', 'O’Brien', 'o-brien', '客户（杭州）', '客户', '客户，杭州', '客户a', 'Ångström', 'angstrom', '東京', '가', '김', '王'];
    for (const a of names) for (const b of names) expect(sign(compareText(a, b))).toBe(sign(collator.compare(a, b)));
  });

  it('is a total order a sort can rely on', () => {
    const names = ['Customer 10 Trading', 'Customer 100 Trading', 'customer 10 trading', 'Customer 9', '客户0号贸易有限公司', '客户10号', 'Acme', 'ACME', 'acme', ''];
    const sorted = [...names].sort(compareText);
    expect(sorted).toEqual([...names].sort(collator.compare));
  });
});
