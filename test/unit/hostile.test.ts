/** The format against hostile and nearly-right input: conflicts, comments, dates, long lines. */
import { describe, expect, it } from 'vitest';
import { appendBlock, conflictBlocks, joinDocument, readCustomer, splitDocument } from '../../src/domain/format.js';
import { checkFiles } from '../../src/domain/check.js';
import { customerFile } from '../helpers.js';
import { say } from '../say.js';

const read = (body: string, front = 'name: Acme') => readCustomer(customerFile(front, body));

describe('git conflict markers', () => {
  const diff3 = '## 2026-11-01 visit\n<<<<<<< HEAD\n- Next: 2026-11-20 call\n||||||| base\n- Next: 2026-11-15 mail\n=======\n- Next: 2026-11-22 visit\n>>>>>>> theirs\n';

  it('make the file unreadable, named at the conflict, and nothing in it is read as an entry or a Next line', () => {
    const { customer, diagnostics } = read(diff3);
    expect(customer).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 6, severity: 'error' });
    expect(say(diagnostics[0]!.issue)).toMatch(/unresolved git conflict.*resolve the conflict/);
  });

  it('in the front matter are a conflict, not a YAML error', () => {
    const { diagnostics } = readCustomer('---\n<<<<<<< HEAD\nname: One\n=======\nname: Two\n>>>>>>> x\n---\n');
    expect(diagnostics.map((d) => [d.issue.code, d.line])).toEqual([['file.conflict', 2]]);
  });

  it('are a section of their own in the document model, which still joins back byte for byte', () => {
    const text = customerFile('name: Acme', `Notes\n${diff3}\n## 2026-11-05 call\n`);
    const doc = splitDocument(text);
    expect(doc.sections.map((s) => [s.kind, s.line])).toEqual([
      ['head', 4],
      ['entry', 6],
      ['conflict', 7],
      ['text', 14],
      ['entry', 15],
    ]);
    expect(joinDocument(doc)).toBe(text);
  });

  it('a ======= line alone is a Markdown heading underline, not a conflict; a stray >>>>>>> is one', () => {
    expect(conflictBlocks('Title\n=======\n')).toEqual([]);
    expect(conflictBlocks('a\n>>>>>>> theirs\n')).toEqual([{ line: 2, end: 2 }]);
    expect(conflictBlocks('<<<<<<< HEAD\nopen to the end\n')).toEqual([{ line: 1, end: 3 }]);
    expect(conflictBlocks('<<<<<<<< eight\n')).toEqual([]);
  });
});

describe('dates written by hand', () => {
  it.each([
    ['2026/11/20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['2026-11-2', '2026-11-02'],
    ['2026-1-5', '2026-01-05'],
    ['2026年11月20日', '2026-11-20'],
  ])('reads a heading dated %s as %s, with no warning', (written, iso) => {
    const { customer, diagnostics } = read(`## ${written} visit\n- Next: ${written.replace('20', '27').replace('-2', '-9')} call\n`);
    expect(diagnostics).toEqual([]);
    expect(customer!.entries[0]).toMatchObject({ date: iso, kind: 'visit' });
    expect(customer!.entries[0]!.next!.action).toBe('call');
  });

  it('reads 2026年11月20日拜访王总 as a visit titled 王总', () => {
    expect(read('## 2026年11月20日 拜访王总\n').customer!.entries[0]).toMatchObject({ date: '2026-11-20', kind: 'visit', title: '王总' });
  });

  it('reads a Next line dated 2026-12-3', () => {
    expect(read('## 2026-11-20 visit\n- Next: 2026-12-3 call the CFO\n').customer!.entries[0]!.next).toEqual({ date: '2026-12-03', action: 'call the CFO' });
  });

  it.each([
    ['## 2026-11-20T14:30 visit', '2026-11-20T14:30'],
    ['## 2026-11-20 14:30:00 visit', '2026-11-20 14:30:00'],
    ['## 2026-11-20 14:30 +08:00 visit', '2026-11-20 14:30 +08:00'],
    ['## 2026-11-20 UTC visit', '2026-11-20 UTC'],
    ['## 2026-11-20Z visit', '2026-11-20Z'],
    ['## 2026-13-45 visit', '2026-13-45'],
    ['## 2026/11-20 visit', '2026/11-20'],
    ['## 11/20/2026 visit', '11/20/2026'],
    ['## 2026-11-20 25:00 visit', '2026-11-20 25:00'],
  ])('reports %j as a date it cannot read, counts no entry, and keeps the file readable', (heading, value) => {
    const { customer, diagnostics } = read(`## 2026-11-01 visit\n\n${heading}\n- Purpose: x\n`);
    expect(customer!.entries.map((e) => e.date)).toEqual(['2026-11-01']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 7, severity: 'warning', issue: { code: 'file.dateLike', params: { value } } });
  });

  it('leaves a year and month alone (## 2026-11 review) as an ordinary section', () => {
    expect(read('## 2026-11 review\n')).toMatchObject({ diagnostics: [], customer: { entries: [] } });
  });
});

describe('entries inside an HTML comment', () => {
  it('are not counted, and each is reported with its line', () => {
    const { customer, diagnostics } = read('## 2026-11-01 visit\n<!--\n## 2026-11-05 visit\n- Next: 2026-12-01 x\n-->\n- Purpose: real\n');
    expect(customer!.entries).toHaveLength(1);
    expect(customer!.entries[0]!.fields).toEqual({ purpose: 'real' });
    expect(customer!.entries[0]!.next).toBeNull();
    expect(diagnostics).toMatchObject([{ line: 7, severity: 'warning', issue: { code: 'file.inComment' } }]);
  });

  it('an entry appended to a file that ends inside an open comment is not swallowed by it', () => {
    const text = appendBlock(customerFile('name: Acme', '<!-- drafts\n## 2026-11-01 visit\n'), '## 2026-11-20 visit\n- Purpose: p\n');
    const { customer, diagnostics } = readCustomer(text);
    expect(customer!.entries.map((e) => e.date)).toEqual(['2026-11-20']);
    expect(diagnostics.map((d) => d.issue.code)).toEqual(['file.inComment']);
  });

  it('a comment closed on its own line leaves the entries after it counted', () => {
    expect(read('<!-- a note -->\n## 2026-11-01 visit\n').customer!.entries).toHaveLength(1);
  });
});

describe('parsing time is linear in the size of the file', () => {
  // Each of these took seconds (some minutes) with the regular expressions used before.
  const run = ' '.repeat(100_000);
  it.each([
    ['a heading with a run of spaces', `## 2026-11-01${run}x\n`],
    ['a list item with a run of spaces', `## 2026-11-01 visit\n-${run}x\n`],
    ['a field value with runs of spaces', `## 2026-11-01 visit\n- Purpose: a${run}b${run}\n`],
    ['a stage with runs of spaces', `## 2026-11-01 visit\n- Stage: a${run}-${run}\n`],
    ['a topic of dashes', `## 2026-11-01 visit\n- Discussed: #a${'-'.repeat(100_000)}b\n`],
    ['a front matter value with a run of spaces', '', `name: Acme\nstage: x${run}y`],
  ])('reads %s', (_what, body, front = 'name: Acme') => {
    const { customer } = readCustomer(customerFile(front, body));
    expect(customer).not.toBeNull();
  });
});

describe('text that is not what it claims', () => {
  it.each([
    ['UTF-16 without a byte order mark', Buffer.from('---\nname: Sixteen\n---\n', 'utf16le').toString('utf8'), 'file.utf16'],
    ['carriage returns alone', '---\rname: Old Mac\r---\r', 'file.lineEndings'],
    ['a first line ---constructor', '---constructor\nname: Ctor\n---\n', 'file.opening'],
    ['a first line ---toString', '---toString\nname: Ctor\n---\n', 'file.opening'],
  ])('%s is reported, not ignored', (_what, text, code) => {
    const { customer, diagnostics } = readCustomer(text);
    expect(customer).toBeNull();
    expect(diagnostics.map((d) => d.issue.code)).toEqual([code]);
  });

  it('lists every repeated key of the front matter with its line', () => {
    const { diagnostics } = readCustomer('---\nname: A\nname: B\nstage: x\nstage: y\n---\n');
    expect(diagnostics.map((d) => [d.issue.code, d.line])).toEqual([
      ['file.yaml', 3],
      ['file.yaml', 5],
    ]);
  });
});

describe('checkFiles', () => {
  it('finds file names and customer names that differ only by case or Unicode form', () => {
    const r = checkFiles([
      { relPath: 'Alice.md', name: 'Café', diagnostics: [] },
      { relPath: 'alice.md', name: 'Bob', diagnostics: [] },
      { relPath: 'cafe.md', name: 'Cafe\u0301', diagnostics: [] },
    ]);
    expect(r.problems.map((p) => [p.file, p.issue.code, (p.issue.params as { by: string }).by])).toEqual([
      ['Alice.md', 'file.twin', 'file'],
      ['Alice.md', 'file.twin', 'name'],
      ['alice.md', 'file.twin', 'file'],
      ['cafe.md', 'file.twin', 'name'],
    ]);
  });
});
