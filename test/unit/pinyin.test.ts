import { beforeAll, describe, expect, it } from 'vitest';
import { collationKey, loadPinyin, type PinyinOf } from '../../src/adapters/pinyin.js';
import { resolveCustomer, type Purpose } from '../../src/domain/resolve.js';
import type { CustomerKey } from '../../src/domain/types.js';

let pinyinOf: PinyinOf;
beforeAll(async () => {
  pinyinOf = await loadPinyin();
});

function c(name: string, relPath: string): CustomerKey {
  return { slug: relPath.replace(/\.md$/, ''), relPath, name, problem: null, pinyin: pinyinOf(name) };
}

function keys(): CustomerKey[] {
  return [
    c('杭州湖畔贸易', '杭州湖畔贸易.md'),
    c('杭州西湖茶业', 'xihu-tea.md'),
    c('广州旭日包装', '广州旭日包装.md'),
    c('青岛蓝海水产 (宁波)', 'qingdao.md'),
    c('Hangzhou Lakeside Trading', 'hangzhou-lakeside-trading.md'),
    c('Ningbo Harbour Logistics', 'ningbo.md'),
    c('绿色食品', 'lvse.md'),
  ];
}

function find(query: string, purpose: Purpose = 'read'): string | string[] {
  const r = resolveCustomer(keys(), query, purpose);
  return 'found' in r ? r.found.slug : r.candidates.map((x) => x.slug).sort();
}

describe('pinyin of names', () => {
  it('spells each run of Han characters, toneless, ü as v', () => {
    expect(pinyinOf('杭州湖畔贸易')).toEqual([['hang', 'zhou', 'hu', 'pan', 'mao', 'yi']]);
    expect(pinyinOf('青岛蓝海 (宁波)')).toEqual([['qing', 'dao', 'lan', 'hai'], ['ning', 'bo']]);
    expect(pinyinOf('绿色')).toEqual([['lv', 'se']]);
    expect(pinyinOf('Acme')).toBeNull();
  });
});

describe('finding a Chinese name by pinyin', () => {
  it('by full pinyin, with or without spaces, or by initials', () => {
    expect(find('hangzhouhupan')).toBe('杭州湖畔贸易');
    expect(find('hang zhou hu')).toBe('杭州湖畔贸易');
    expect(find('hzhp')).toBe('杭州湖畔贸易');
    expect(find('HZHP')).toBe('杭州湖畔贸易');
    expect(find('hangzhouhp')).toBe('杭州湖畔贸易');
    expect(find('gzxr')).toBe('广州旭日包装');
    expect(find('lvse')).toBe('lvse');
  });

  it('is ambiguous where several names share the pinyin, Latin names among them', () => {
    expect(find('hangzhou')).toEqual(['hangzhou-lakeside-trading', 'xihu-tea', '杭州湖畔贸易']);
    expect(find('hz')).toEqual(['xihu-tea', '杭州湖畔贸易']);
    expect(find('hzxh')).toBe('xihu-tea');
  });

  it('for a read, from any syllable; the start of the name wins first', () => {
    expect(find('hupan')).toBe('杭州湖畔贸易');
    expect(find('ningbo')).toBe('ningbo'); // the Latin name's prefix comes first
    expect(find('lanhai')).toBe('qingdao');
  });

  it('for a write, only from the start of a run of Han characters, two letters at least', () => {
    expect(find('hzhp', 'write')).toBe('杭州湖畔贸易');
    expect(find('hangzhouhu', 'write')).toBe('杭州湖畔贸易');
    expect(find('hupan', 'write')).toEqual([]);
    expect(find('lanhai', 'write')).toEqual([]);
    expect(find('qingdao', 'write')).toBe('qingdao');
    expect(find('ningb', 'write')).toEqual(['ningbo', 'qingdao']); // 宁波 starts a run too
    expect(find('h', 'write')).toEqual([]);
  });

  it('never matches a syllable cut in the middle', () => {
    expect(find('angzhouhu')).toEqual([]);
    expect(find('zhouhu', 'write')).toEqual([]);
  });
});

describe('collation keys', () => {
  it('sort Chinese names by pinyin among Latin ones', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const names = ['Ningbo Harbour', '杭州湖畔贸易', 'Acme', '广州旭日包装', 'Hefei Lakeview', '青岛蓝海水产', 'Zhuhai Port'];
    const sorted = [...names].sort((a, b) => collator.compare(collationKey(a, pinyinOf), collationKey(b, pinyinOf)));
    expect(sorted).toEqual(['Acme', '广州旭日包装', '杭州湖畔贸易', 'Hefei Lakeview', 'Ningbo Harbour', '青岛蓝海水产', 'Zhuhai Port']);
  });
});
