import { describe, expect, it } from 'vitest';
import { makeColors } from '../../src/ui/color.js';
import { renderTable } from '../../src/ui/table.js';
import { width, wrap } from '../../src/ui/text.js';

const TEXTS = [
  '带修订报价，争取试用签字 #价格 #试用 下周一 3天后 再联系王总（采购部）。',
  'ERP 对接；50 个账号的报价 #erp #价格 2026-12-03 之前给答复',
  '客户很满意 👍🏽 下次带上 🇨🇳 样品 👨‍👩‍👧 一起去 #样品',
  'call 黄经理 about the audit: 验厂清单「ISO 9001」已经发过去了 12345678 件',
];
const WIDTHS = [6, 8, 10, 13, 17, 24, 40, 80];
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Offsets where `s` was cut into lines, spaces between lines dropped. */
function cuts(s: string, lines: string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines) {
    while (s[at] === ' ') at++;
    expect(s.startsWith(line, at), `${JSON.stringify(line)} at ${at} of ${JSON.stringify(s)}`).toBe(true);
    at += line.length;
    out.push(at);
  }
  return out.slice(0, -1);
}

describe.each(WIDTHS)('wrapping Chinese, full-width punctuation and emoji at %i columns', (w) => {
  it.each(TEXTS)('%s', (s) => {
    const lines = wrap(s, w);
    const graphemeEnds = new Set([...segmenter.segment(s)].map((g) => g.index + g.segment.length));
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(Math.max(w, ...unbreakable(s).map(width)));
    for (const at of cuts(s, lines)) {
      expect(graphemeEnds.has(at), `a cut inside a character or an emoji at ${at}`).toBe(true);
      if (s[at] === ' ' || s[at - 1] === ' ') continue; // a break at a space
      const before = s.slice(0, at);
      const after = s.slice(at).trimStart();
      const tail = /[A-Za-z0-9#_-]+$/.exec(before)?.[0] ?? '';
      const head = /^[A-Za-z0-9_-]+/.exec(after)?.[0] ?? '';
      // Never inside a Latin word or a number that fits a line.
      if (tail && head && /^[A-Za-z0-9]/.test(tail.slice(-1)) && width(tail + head) <= w) expect.fail(`cut inside ${tail}${head}`);
      // Never inside a #topic that fits a line, nor before a closing mark.
      const topic = /#[\p{L}\p{N}_-]*$/u.exec(before)?.[0];
      if (topic && /^[\p{L}\p{N}_-]/u.test(after) && width(topic) < w) expect.fail(`cut inside ${topic}`);
      expect(/^[，。、；：！？）」』》]/.test(after), `a line starts with a closing mark: ${after}`).toBe(false);
    }
  });
});

/** Words no line may split (unless one alone is wider than the line). */
function unbreakable(s: string): string[] {
  return s.match(/#[\p{L}\p{N}_-]+|[A-Za-z0-9-]+/gu) ?? [];
}

describe('wrap keeps a #topic whole', () => {
  it('a Chinese topic moves to the next line rather than breaking', () => {
    expect(wrap('带修订报价 #价格谈判', 10)).toEqual(['带修订报价', '#价格谈判']);
    expect(wrap('带修订报价#价格谈判', 12)).toEqual(['带修订报价', '#价格谈判']);
  });
});

describe('tables line up with Chinese, full-width punctuation and emoji', () => {
  const c = makeColors(0);
  const columns = [{ header: '客户', flex: true }, { header: '到期' }, { header: '下一步', flex: true }];
  const rows = [
    ['杭州湖畔贸易有限公司', '2026-11-25', '带修订报价，争取试用签字 #价格'],
    ['Ningbo Harbour 👍🏽', '2026-11-26', 'visit the port office 🇨🇳 with the final contract'],
    ['广州旭日（包装）', '2026-12-01', '黄经理回来后拜访，约验厂'],
  ];
  it.each([200, 80, 60, 50, 40])('at %i columns, every line fits and the second column starts at one place', (w) => {
    const lines = renderTable(columns, rows, w, c.dim);
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(w);
    const starts = lines.map((l) => l.search(/20\d\d-\d\d-\d\d|到期/)).filter((i) => i >= 0);
    const columnsAt = lines.filter((l) => /20\d\d-\d\d-\d\d|到期/.test(l)).map((l) => width(l.slice(0, l.search(/20\d\d-\d\d-\d\d|到期/))));
    expect(starts.length).toBe(4);
    expect(new Set(columnsAt).size, lines.join('\n')).toBe(1);
  });
});
