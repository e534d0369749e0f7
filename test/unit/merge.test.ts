import { describe, expect, it } from 'vitest';
import { parseCustomer } from '../../src/domain/format.js';
import { mergeCustomer } from '../../src/domain/merge.js';

const front = (extra = '') => `---\nname: Hangzhou Lakeside Trading\nstage: qualified\ncadence: 14\n${extra}---\n\n# Hangzhou Lakeside Trading\n\nNotes.\n`;
const entry = (date: string, kind = 'visit', line = 'Purpose: demo') => `\n## ${date} ${kind}\n- ${line}\n`;
const merge = (base: string, ours: string, theirs: string) => mergeCustomer(base, ours, theirs);
const headings = (text: string) => text.split('\n').filter((l) => l.startsWith('## '));
const markers = (text: string) => text.split('\n').filter((l) => /^(<{7}|={7}|>{7})/.test(l)).length;

describe('merging a customer file', () => {
  const base = front() + entry('2026-11-01');

  it('keeps the entries both sides logged, in date order, and reads back', () => {
    const ours = base + entry('2026-11-13', 'visit', 'Purpose: quote');
    const theirs = base + entry('2026-11-10', 'call', 'Purpose: check budget');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(0);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## 2026-11-10 call', '## 2026-11-13 visit']);
    expect(parseCustomer(r.text)!.entries).toHaveLength(3);
    // The same merge the other way round gives the same entries.
    expect(headings(merge(base, theirs, ours).text)).toEqual(headings(r.text));
  });

  it('merges entries with hand-written dates (2026/11/20, 2026年11月20日) by their date, as the reader reads them', () => {
    const ours = base + entry('2026年11月13日', '拜访', '目的: 报价');
    const theirs = base + entry('2026/11/10', 'call', 'Purpose: check budget');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(0);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## 2026/11/10 call', '## 2026年11月13日 拜访']);
  });

  it('takes entries of one day in another order, on another device, as the same entries, never a conflict', () => {
    // Three reps logged a visit each on one day; two devices merged them in different orders.
    const x = entry('2026-11-13', 'visit', 'Purpose: x');
    const y = entry('2026-11-13', 'visit', 'Purpose: y');
    const z = entry('2026-11-13', 'visit', 'Purpose: z');
    const w = entry('2026-11-14', 'visit', 'Purpose: w');
    const baseXY = base + x + y;
    const r = merge(baseXY, base + y + x + z, baseXY + w);
    expect(r.conflicts).toBe(0);
    expect(markers(r.text)).toBe(0);
    for (const p of ['x', 'y', 'z', 'w']) expect(r.text.split('\n').filter((l) => l === `- Purpose: ${p}`)).toHaveLength(1);
    const other = merge(base + x, base + x + y, base + z + x);
    expect(other.conflicts).toBe(0);
    for (const p of ['x', 'y', 'z']) expect(other.text.split('\n').filter((l) => l === `- Purpose: ${p}`)).toHaveLength(1);
  });

  it('merges what three devices synced at once, whatever order each gave the entries of a day', () => {
    // Base, ours and theirs as git handed them to the driver when three clones synced at once.
    const e = (date: string, kind: string, who: string) => entry(date, kind, `Purpose: ${who}`);
    const old = front() + e('2026-11-04', 'call', 'pricing');
    const base = old + e('2026-11-11', 'visit', 'r1-c0') + e('2026-11-11', 'call', 'r1-c1') + e('2026-11-12', 'visit', 'r2-c0') + e('2026-11-12', 'call', 'r2-c1') + e('2026-11-13', 'visit', 'r3-c0') + e('2026-11-13', 'call', 'r3-c1') + e('2026-11-14', 'visit', 'r4-c0');
    const ours = old + e('2026-11-11', 'visit', 'r1-c0') + e('2026-11-11', 'call', 'r1-c1') + e('2026-11-12', 'visit', 'r2-c0') + e('2026-11-12', 'call', 'r2-c1') + e('2026-11-13', 'call', 'r3-c1') + e('2026-11-13', 'visit', 'r3-c0') + e('2026-11-14', 'call', 'r4-c1') + e('2026-11-14', 'visit', 'r4-c0');
    const theirs = old + e('2026-11-11', 'visit', 'r1-c2') + e('2026-11-11', 'visit', 'r1-c0') + e('2026-11-11', 'call', 'r1-c1') + e('2026-11-12', 'visit', 'r2-c2') + e('2026-11-12', 'visit', 'r2-c0') + e('2026-11-12', 'call', 'r2-c1') + e('2026-11-13', 'visit', 'r3-c2') + e('2026-11-13', 'call', 'r3-c1') + e('2026-11-13', 'visit', 'r3-c0') + e('2026-11-14', 'visit', 'r4-c2') + e('2026-11-14', 'visit', 'r4-c0');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(0);
    for (const round of [1, 2, 3, 4]) {
      for (const c of [0, 1, 2]) expect(r.text.split('\n').filter((l) => l === `- Purpose: r${round}-c${c}`), `r${round}-c${c}`).toHaveLength(1);
    }
  });

  it('keeps same-date entries in the order they came in: ours, then theirs', () => {
    const ours = base + entry('2026-11-13', 'visit', 'Purpose: A');
    const theirs = base + entry('2026-11-13', 'call', 'Purpose: B') + entry('2026-11-13', 'message', 'Purpose: C');
    const r = merge(base, ours, theirs);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## 2026-11-13 visit', '## 2026-11-13 call', '## 2026-11-13 message']);
  });

  it('keeps an entry both sides added once', () => {
    const e = entry('2026-11-13');
    const r = merge(base, base + e + entry('2026-11-14', 'call'), base + e);
    expect(r.conflicts).toBe(0);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## 2026-11-13 visit', '## 2026-11-14 call']);
  });

  it('takes an entry as the same whatever its line endings (CRLF against LF)', () => {
    const e = entry('2026-11-13');
    const ours = base + e + entry('2026-11-20', 'call');
    const theirs = (base + e).replace(/\n/g, '\r\n');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(0);
    expect(headings(r.text)).toHaveLength(3);
  });

  it('writes what theirs added in the line endings of ours', () => {
    const b = base.replace(/\n/g, '\r\n');
    const ours = b + entry('2026-11-13').replace(/\n/g, '\r\n');
    const r = merge(b, ours, b + entry('2026-11-10', 'call'));
    expect(r.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(headings(r.text.replace(/\r/g, ''))).toHaveLength(3);
  });

  it('takes a front matter key changed on one side, with entries logged on the other', () => {
    const ours = base.replace('stage: qualified', 'stage: proposal') + entry('2026-11-13');
    const theirs = base.replace('cadence: 14', 'cadence: 7') + entry('2026-11-12', 'call');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(0);
    const c = parseCustomer(r.text)!;
    expect(c.profile.stage).toBe('proposal');
    expect(c.profile.cadence).toBe(7);
    expect(c.entries).toHaveLength(3);
  });

  it('keeps a key added by theirs, after the key it follows there', () => {
    const theirs = base.replace('stage: qualified\n', 'stage: qualified\nowner: li\n');
    const ours = base.replace('cadence: 14', 'cadence: 10');
    const r = merge(base, ours, theirs);
    expect(r.text).toContain('stage: qualified\nowner: li\ncadence: 10\n');
  });

  it('takes the same change made on both sides once', () => {
    const both = base.replace('stage: qualified', 'stage: proposal');
    const r = merge(base, both + entry('2026-11-13'), both);
    expect(r.conflicts).toBe(0);
    expect(r.text.match(/stage: proposal/g)).toHaveLength(1);
  });

  it('marks a key changed differently on both sides as a conflict, and nothing else', () => {
    const ours = base.replace('stage: qualified', 'stage: proposal') + entry('2026-11-13');
    const theirs = base.replace('stage: qualified', 'stage: negotiation') + entry('2026-11-12', 'call');
    const r = merge(base, ours, theirs);
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< ours\nstage: proposal\n=======\nstage: negotiation\n>>>>>>> theirs\n');
    expect(markers(r.text)).toBe(3);
    expect(headings(r.text)).toHaveLength(3);
  });

  it('keeps an entry deleted on one side and unchanged on the other deleted', () => {
    const b = base + entry('2026-11-05', 'call');
    const ours = base;
    const theirs = b + entry('2026-11-13');
    const r = merge(b, ours, theirs);
    expect(r.conflicts).toBe(0);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## 2026-11-13 visit']);
    expect(headings(merge(b, theirs, ours).text)).toEqual(['## 2026-11-01 visit', '## 2026-11-13 visit']);
  });

  it('takes an entry edited on one side', () => {
    const b = base + entry('2026-11-05', 'call') + entry('2026-11-07', 'call');
    const ours = b.replace('## 2026-11-05 call\n- Purpose: demo', '## 2026-11-05 call\n- Purpose: demo, fixed');
    const theirs = b + entry('2026-11-13');
    const r = merge(b, ours, theirs);
    expect(r.conflicts).toBe(0);
    expect(r.text).toContain('demo, fixed');
    expect(headings(r.text)).toHaveLength(4);
  });

  it('marks an entry deleted on one side and changed on the other as a conflict', () => {
    const b = base + entry('2026-11-05', 'call');
    const ours = base + entry('2026-11-13');
    const theirs = b.replace('## 2026-11-05 call\n- Purpose: demo', '## 2026-11-05 call\n- Purpose: demo, fixed');
    const r = merge(b, ours, theirs);
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< ours\n=======\n## 2026-11-05 call\n- Purpose: demo, fixed\n>>>>>>> theirs\n');
    expect(r.text).toContain('## 2026-11-13 visit');
  });

  it('marks an entry changed differently on both sides as a conflict', () => {
    const b = base + entry('2026-11-05', 'call');
    const r = merge(b, base + entry('2026-11-05', 'call', 'Purpose: A'), base + entry('2026-11-05', 'call', 'Purpose: B'));
    expect(r.conflicts).toBe(1);
    expect(r.text).toContain('<<<<<<< ours\n## 2026-11-05 call\n- Purpose: A\n=======\n## 2026-11-05 call\n- Purpose: B\n>>>>>>> theirs\n');
    expect(markers(r.text)).toBe(3);
  });

  it('merges the head like a key: one side changed it, or both differently', () => {
    const ours = base.replace('Notes.', 'Notes. Decides: the CFO.') + entry('2026-11-13');
    const theirs = base + entry('2026-11-12', 'call');
    expect(merge(base, ours, theirs).text).toContain('Decides: the CFO.');
    const r = merge(base, ours, base.replace('Notes.', 'Notes. Budget in March.'));
    expect(r.conflicts).toBe(1);
  });

  it('merges Chinese files, labels and kinds', () => {
    const zh = '---\nname: 杭州湖畔贸易有限公司\nstage: 初次接触\n---\n\n# 杭州湖畔贸易有限公司\n\n## 2026-11-01 拜访王总\n- 目的：介绍产品\n';
    const ours = `${zh}\n## 2026-11-13 电话\n- 目的：确认预算\n`;
    const theirs = `${zh.replace('stage: 初次接触', 'stage: 报价')}\n## 2026-11-10 拜访\n- 目的：演示 #演示\n`;
    const r = merge(zh, ours, theirs);
    expect(r.conflicts).toBe(0);
    const c = parseCustomer(r.text)!;
    expect(c.profile.stage).toBe('报价');
    expect(c.entries.map((e) => e.date)).toEqual(['2026-11-01', '2026-11-10', '2026-11-13']);
  });

  it('gives back ours byte for byte when theirs changed nothing, and theirs when ours did not', () => {
    const ours = base.replace(/\n/g, '\r\n') + '\r\n## 2026-11-13 visit\r\n';
    expect(merge(base, ours, base).text).toBe(ours);
    expect(merge(base, base, ours).text).toBe(ours);
  });

  it('puts a blank line between the last entry of one side and an entry added after it', () => {
    const b = `${front()}\n## 2026-11-01 visit\n- Purpose: demo`;
    const r = merge(b, `${b}\n\n## 2026-11-13 visit\n- Purpose: x\n`, `${b}\n\n## 2026-11-20 call\n- Purpose: y\n`);
    expect(r.text).toContain('- Purpose: demo\n\n## 2026-11-13 visit\n- Purpose: x\n\n## 2026-11-20 call\n');
  });

  it('keeps a section that follows an entry with that entry', () => {
    const b = `${base}\n## Contacts\n\nMr. Wang, CFO.\n`;
    const r = merge(b, b + entry('2026-11-13'), b + entry('2026-11-12', 'call'));
    expect(r.text.match(/## Contacts/g)).toHaveLength(1);
    expect(headings(r.text)).toEqual(['## 2026-11-01 visit', '## Contacts', '## 2026-11-12 call', '## 2026-11-13 visit']);
  });

  it('uses the marker size and labels it is given', () => {
    const ours = base.replace('stage: qualified', 'stage: a');
    const theirs = base.replace('stage: qualified', 'stage: b');
    const r = mergeCustomer(base, ours, theirs, { markerSize: 9, labels: { ours: 'HEAD', theirs: 'origin/main' } });
    expect(r.text).toContain('<<<<<<<<< HEAD\nstage: a\n=========\nstage: b\n>>>>>>>>> origin/main\n');
  });

  it('falls back to one conflict over the whole front matter when it cannot be cut into keys', () => {
    const b = '---\n{name: X, stage: a}\n---\n';
    const r = merge(b, '---\n{name: X, stage: b}\n---\n', '---\n{name: X, stage: c}\n---\n');
    expect(r.conflicts).toBe(1);
  });

  it('merges a file with no entries on one side', () => {
    const b = front();
    const r = merge(b, b + entry('2026-11-13'), b.replace('cadence: 14', 'cadence: 7'));
    expect(r.conflicts).toBe(0);
    expect(parseCustomer(r.text)!.entries).toHaveLength(1);
    expect(parseCustomer(r.text)!.profile.cadence).toBe(7);
  });
});
