import { describe, expect, it } from 'vitest';
import { resolveCustomer } from '../../src/domain/resolve.js';
import type { Customer } from '../../src/domain/types.js';
import { customer, customerFile } from '../helpers.js';

function c(name: string, relPath: string): Customer {
  const slug = relPath.split('/').pop()!.replace(/\.md$/, '');
  return { ...customer(customerFile(`name: "${name}"`), slug), relPath };
}

const all = [
  c('Hangzhou Lakeside Trading', 'hangzhou-lakeside-trading.md'),
  c('Hangzhou Metro Supplies', 'east/hangzhou-metro-supplies.md'),
  c('Shanghai Lakeside', 'shanghai-lakeside.md'),
  c('杭州湖畔贸易有限公司', '杭州湖畔贸易有限公司.md'),
  c('浙江杭州西湖茶业', 'xihu-tea.md'),
  c('Acme', 'acme.md'),
  c('Acme Industrial', 'acme-industrial.md'),
  c('Metro', 'metro.md'),
];

function slugOf(query: string): string | string[] {
  const r = resolveCustomer(all, query);
  return 'customer' in r ? r.customer.slug : r.candidates.map((x) => x.slug);
}

describe('resolveCustomer', () => {
  it('takes an exact file name, with or without .md, or the path in the notebook', () => {
    expect(slugOf('hangzhou-lakeside-trading')).toBe('hangzhou-lakeside-trading');
    expect(slugOf('hangzhou-lakeside-trading.md')).toBe('hangzhou-lakeside-trading');
    expect(slugOf('east/hangzhou-metro-supplies')).toBe('hangzhou-metro-supplies');
  });

  it('takes an exact name in any case, before prefixes', () => {
    expect(slugOf('Hangzhou Lakeside Trading')).toBe('hangzhou-lakeside-trading');
    expect(slugOf('acme')).toBe('acme');
    expect(slugOf('ACME')).toBe('acme');
  });

  it('takes a unique case-insensitive prefix of the name or file name, before substrings', () => {
    expect(slugOf('hangzhou l')).toBe('hangzhou-lakeside-trading');
    expect(slugOf('HANGZHOU M')).toBe('hangzhou-metro-supplies');
    expect(slugOf('acme-ind')).toBe('acme-industrial');
    // "metr" is inside "Hangzhou Metro Supplies" too, but a prefix of "Metro" only.
    expect(slugOf('metr')).toBe('metro');
    // "杭州" is inside "浙江杭州西湖茶业" too, but starts only "杭州湖畔贸易有限公司".
    expect(slugOf('杭州')).toBe('杭州湖畔贸易有限公司');
  });

  it('takes a unique substring, Chinese included', () => {
    expect(slugOf('supplies')).toBe('hangzhou-metro-supplies');
    expect(slugOf('湖畔')).toBe('杭州湖畔贸易有限公司');
    expect(slugOf('西湖')).toBe('xihu-tea');
    expect(slugOf('杭州湖畔')).toBe('杭州湖畔贸易有限公司');
  });

  it('returns every candidate when the first step that matches matches several', () => {
    expect(slugOf('lakeside')).toEqual(['hangzhou-lakeside-trading', 'shanghai-lakeside']);
    expect(slugOf('hangzhou')).toEqual(['hangzhou-lakeside-trading', 'hangzhou-metro-supplies']);
  });

  it('returns no candidates for an unknown or empty query', () => {
    expect(slugOf('nosuch')).toEqual([]);
    expect(slugOf('')).toEqual([]);
    expect(slugOf('   ')).toEqual([]);
  });

  it('reads full-width letters as their plain form', () => {
    expect(slugOf('ＡＣＭＥ')).toBe('acme');
  });
});
