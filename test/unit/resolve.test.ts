import { describe, expect, it } from 'vitest';
import { resolveCustomer, writtenAs, type Purpose } from '../../src/domain/resolve.js';
import type { CustomerKey } from '../../src/domain/types.js';

function c(name: string | null, relPath: string): CustomerKey {
  const slug = relPath.split('/').pop()!.replace(/\.md$/, '');
  return { slug, relPath, name, problem: null };
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

function slugOf(query: string, purpose: Purpose = 'read', keys = all): string | string[] {
  const r = resolveCustomer(keys, query, purpose);
  return 'found' in r ? r.found.slug : r.candidates.map((x) => x.slug);
}

describe('writtenAs', () => {
  it('names a file by its name or path as written, in any Unicode form, and no file that only holds the query', () => {
    // U+212A KELVIN SIGN is another form of K: a file name in it is "Kelvin" as written.
    const named = writtenAs('Kelvin');
    const files = ['kelvin.md', 'east/Kelvin.md', 'Kelvin-trading.md', 'Kelvin/acme.md', '\u212Aelvin.md', 'west/\u212Aelvin.MD'];
    expect(files.map(named)).toEqual([false, true, false, false, true, true]);
    expect(['east/Kelvin.md', 'Kelvin.md'].map(writtenAs('east/Kelvin'))).toEqual([true, false]);
  });
});

describe('resolveCustomer', () => {
  it('tells case twins apart by the file name as written, when the file system wrote it decomposed', () => {
    // macOS may list "Café.md" as "Cafe" + a combining accent; a person types the composed form.
    const twins = [c('Café Lumière', 'east/Cafe\u0301.md'), c('café corner', 'east/cafe\u0301.md')];
    expect(slugOf('Café', 'write', twins)).toBe('Cafe\u0301');
    expect(slugOf('east/café.md', 'write', twins)).toBe('cafe\u0301');
  });

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

describe('resolveCustomer for a write', () => {
  const more = [...all, c('深圳珠江电子', '深圳珠江电子.md'), c('Sunrise Foods', 'sunrise.md')];

  it('takes exact names and file names, and a unique prefix at the start of a word', () => {
    expect(slugOf('Acme', 'write', more)).toBe('acme');
    expect(slugOf('hangzhou-lakeside-trading', 'write', more)).toBe('hangzhou-lakeside-trading');
    expect(slugOf('hangzhou l', 'write', more)).toBe('hangzhou-lakeside-trading');
    expect(slugOf('杭州', 'write', more)).toBe('杭州湖畔贸易有限公司');
    expect(slugOf('深圳', 'write', more)).toBe('深圳珠江电子');
    expect(slugOf('supplies', 'write', more)).toBe('hangzhou-metro-supplies');
  });

  it('never takes a one-letter prefix or a match in the middle of a word', () => {
    expect(slugOf('s', 'write', more)).toEqual([]);
    expect(slugOf('电子', 'write', more)).toEqual([]);
    expect(slugOf('湖畔', 'write', more)).toEqual([]);
    expect(slugOf('akeside', 'write', more)).toEqual([]);
    // Reads stay loose: the same queries find a customer.
    expect(slugOf('电子', 'read', more)).toBe('深圳珠江电子');
    expect(slugOf('s', 'read', [c('Sunrise Foods', 'sunrise.md'), c('Acme', 'acme.md')])).toBe('sunrise');
  });

  it('finds a file that could not be read by its exact file name, never another customer', () => {
    const keys = [c(null, 'acme.md'), c('Acme Industrial', 'acme-industrial.md')];
    expect(slugOf('acme', 'write', keys)).toBe('acme');
    expect(slugOf('acme', 'read', keys)).toBe('acme');
  });
});

describe('resolveCustomer for an exact match only', () => {
  it('takes a whole name, file name or path, and nothing that merely starts one', () => {
    expect(slugOf('Acme', 'exact')).toBe('acme');
    expect(slugOf('east/hangzhou-metro-supplies', 'exact')).toBe('hangzhou-metro-supplies');
    expect(slugOf('hangzhou l', 'exact')).toEqual([]);
    expect(slugOf('杭州', 'exact')).toEqual([]);
  });
});
