import { describe, expect, it } from 'vitest';
import { slugify, slugKey, uniqueSlug } from '../../src/domain/slug.js';

describe('slugify', () => {
  it.each([
    ['Hangzhou Lakeside Trading', 'hangzhou-lakeside-trading'],
    ['杭州湖畔贸易有限公司', '杭州湖畔贸易有限公司'],
    ['杭州湖畔贸易（集团）', '杭州湖畔贸易-集团'],
    ['Müller & Söhne GmbH', 'müller-söhne-gmbh'],
    ['Acme, Inc.', 'acme-inc'],
    ['  Acme   Corp  ', 'acme-corp'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['../../etc/passwd', 'etc-passwd'],
    ['.hidden', 'hidden'],
    ['name.', 'name'],
    ['tab\there\nnew line', 'tab-here-new-line'],
    ['...', 'customer'],
    ['', 'customer'],
    ['con', 'con-customer'],
    ['NUL', 'nul-customer'],
    ['com1', 'com1-customer'],
    ['LPT9', 'lpt9-customer'],
    ['Console', 'console'],
  ])('%j -> %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('is always a single safe path segment', () => {
    for (const name of ['a/../b', 'C:\\Windows', '~/x', 'x\x00y', 'a\x1b[2Jb', 'what?*', '"quoted"']) {
      const s = slugify(name);
      expect(s).not.toMatch(/[\x00-\x1f<>:"/\\|?*]/);
      expect(s).not.toMatch(/^[.-]|[.-]$/);
      expect(s.length).toBeGreaterThan(0);
    }
  });

  it('is cut to 120 bytes without splitting a character or ending in a dash', () => {
    const long = '浙江省杭州市西湖区湖畔国际贸易有限责任公司'.repeat(4);
    const s = slugify(long);
    expect(Buffer.byteLength(s)).toBeLessThanOrEqual(120);
    expect(long.startsWith(s)).toBe(true);
    const ascii = slugify('word '.repeat(40));
    expect(Buffer.byteLength(ascii)).toBeLessThanOrEqual(120);
    expect(ascii).not.toMatch(/-$/);
  });
});

describe('uniqueSlug', () => {
  it('adds -2, -3... on collision, comparing as a case-insensitive file system does', () => {
    expect(uniqueSlug('acme', new Set())).toBe('acme');
    expect(uniqueSlug('acme', new Set(['acme']))).toBe('acme-2');
    expect(uniqueSlug('acme', new Set(['acme', 'acme-2']))).toBe('acme-3');
    expect(uniqueSlug('acme', new Set([slugKey('ACME')]))).toBe('acme-2');
    expect(uniqueSlug('杭州', new Set(['杭州']))).toBe('杭州-2');
  });

  it('compares names in one Unicode normal form', () => {
    expect(slugKey('cafe\u0301')).toBe(slugKey('café'));
  });
});
