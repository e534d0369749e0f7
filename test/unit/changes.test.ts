import { describe, expect, it } from 'vitest';
import { countChanges } from '../../src/domain/changes.js';
import { en } from '../../src/i18n/en.js';

const acme = '---\nname: Acme\nstage: lead\n---\n\n## 2026-11-01 visit\n- Purpose: demo\n';

describe('what changed, for the commit message', () => {
  it('counts entries added by kind, new customers and other edits', () => {
    const c = countChanges([
      { before: acme, after: `${acme}\n## 2026-11-13 visit\n- Purpose: a\n\n## 2026-11-14 电话\n- 目的：b\n\n## 2026-11-15 visit\n` },
      { before: null, after: '---\nname: 新客户\n---\n\n## 2026-11-13 拜访\n' },
      { before: acme, after: acme.replace('lead', 'qualified') },
      { before: acme, after: null },
      { before: null, after: '# Team notes\n' },
    ]);
    expect(c).toEqual({ entries: { visit: 3, call: 1 }, newCustomers: 1, removed: 1, edited: 1, other: 1 });
    expect(en.sync.commitMessage(c)).toBe('log: 3 visits, 1 call, 1 new customer, 1 file removed, 1 customer edited, 1 other file');
  });

  it('does not count an entry that only changed line endings as added', () => {
    expect(countChanges([{ before: acme, after: acme.replace(/\n/g, '\r\n') }]).entries).toEqual({});
  });
});
