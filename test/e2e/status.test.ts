import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook, read } from '../helpers.js';

const TODAY = '2026-12-01';

// Hand-written front matter: a comment, quoting and key order that must survive.
const LAKESIDE = `---
name: Hangzhou Lakeside Trading
contact: Wang Zhiming
phone: "+86 138 0000 0000"
status: active   # until further notice
stage: proposal
cadence: 14
tags: [export, key-account]
---

# Hangzhou Lakeside Trading

Free notes about the account.

## 2026-08-01 visit
- Purpose: introduce the product
- Stage: lead

## 2026-08-10 call
- Discussed: their ERP

## 2026-09-20 visit
- Stage: lead -> qualified

## 2026-10-30 visit
- Close: not asked
- Next: 2026-11-13 bring the revised quote

## 2026-11-13 visit
- Close: asked, CFO wants a revised quote first
- Stage: qualified -> proposal

Written by hand under the last entry.
`;

function book(config?: string): string {
  return notebook(
    {
      'lakeside.md': LAKESIDE,
      'west/xihu.md': customerFile('name: 杭州西湖贸易\nstage: lead\ncadence: 7', '## 2026-11-05 拜访\n- 目的: 介绍产品\n').replace(/\n/g, '\r\n'),
    },
    config,
  );
}

function run(dir: string, args: string[]) {
  return followup(['--dir', dir, '--today', TODAY, ...args]);
}

async function names(dir: string, command: 'agenda' | 'overdue'): Promise<string[]> {
  const r = await run(dir, ['--json', command]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { items: { name: string }[] }).items.map((i) => i.name);
}

describe('followup release', () => {
  it('prints the follow-up record, then changes only the status line and appends a note', async () => {
    const dir = book();
    expect(await names(dir, 'overdue')).toContain('Hangzhou Lakeside Trading');
    expect(await names(dir, 'agenda')).toContain('Hangzhou Lakeside Trading');

    const r = await run(dir, ['release', 'lakeside', '--reason', 'budget frozen until next year', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(read(dir, 'lakeside.md')).toBe(
      LAKESIDE.replace('status: active   # until further notice', 'status: released   # until further notice') +
        '\n## 2026-12-01 note\n- Status: released\n- Reason: budget frozen until next year\n',
    );
    const out = r.stdout;
    expect(out.indexOf('Follow-up record of Hangzhou Lakeside Trading')).toBe(0);
    expect(out).toContain('5 contacts from 2026-08-01 to 2026-11-13, cadence 14 days');
    // 08-10 -> 09-20 (41 days), 09-20 -> 10-30 (40) and 11-13 -> today (18) ran past the cadence.
    expect(out).toContain('Gaps longer than the cadence: 3 of 5');
    expect(out).toMatch(/2026-11-13\s+2026-12-01 \(today\)\s+18 days\s+\+4/);
    expect(out).toMatch(/2026-08-10\s+2026-09-20\s+41 days\s+\+27/);
    expect(out).toContain('Close asked: in 1 of 5 contacts');
    expect(out).toContain('the follow-up may have failed, not the customer.');
    expect(out.indexOf('Released: Hangzhou Lakeside Trading')).toBeGreaterThan(out.indexOf('may have failed'));

    expect(await names(dir, 'overdue')).not.toContain('Hangzhou Lakeside Trading');
    expect(await names(dir, 'agenda')).not.toContain('Hangzhou Lakeside Trading');
  });

  it('is undone by reopen, which brings the customer back to agenda and overdue', async () => {
    const dir = book();
    expect((await run(dir, ['release', 'lakeside', '--reason', 'no budget', '--yes'])).code).toBe(0);
    const r = await run(dir, ['reopen', 'lakeside']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Reopened Hangzhou Lakeside Trading: active again, due 2026-11-27, 4 days overdue');
    const text = read(dir, 'lakeside.md');
    expect(text).toContain('status: active   # until further notice\n');
    expect(text.endsWith('- Reason: no budget\n\n## 2026-12-01 note\n- Status: active\n')).toBe(true);
    expect(await names(dir, 'agenda')).toContain('Hangzhou Lakeside Trading');
    expect(await names(dir, 'overdue')).toContain('Hangzhou Lakeside Trading');
  });

  it('refuses to run without a reason, and writes nothing', async () => {
    const dir = book();
    for (const args of [['release', 'lakeside'], ['release', 'lakeside', '--reason', '  '], ['lost', 'lakeside']]) {
      const r = await run(dir, args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/reason/);
      expect(r.stdout).toBe('');
    }
    expect(read(dir, 'lakeside.md')).toBe(LAKESIDE);
  });

  it('refuses a change that does not fit the status, with exit 2 and a way forward', async () => {
    const dir = book();
    expect((await run(dir, ['release', 'lakeside', '--reason', 'x', '--yes'])).code).toBe(0);
    const after = read(dir, 'lakeside.md');
    const again = await run(dir, ['release', 'lakeside', '--reason', 'y', '--yes']);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("followup: Hangzhou Lakeside Trading is already released; run 'followup reopen lakeside' first to make it active again\n");
    expect((await run(dir, ['won', 'lakeside'])).code).toBe(2);
    expect(read(dir, 'lakeside.md')).toBe(after);
    const reopen = await run(dir, ['reopen', 'xihu']);
    expect(reopen.code).toBe(2);
    expect(reopen.stderr).toContain('杭州西湖贸易 is active already');
  });

  it('prints the customer, the record and the new status as JSON, and nothing else', async () => {
    const dir = book();
    const r = await run(dir, ['--json', 'release', 'lakeside', '--reason', 'moved abroad', '--yes']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('released');
    expect(j.customer).toMatchObject({ slug: 'lakeside', status: 'released', heat: null, flags: [] });
    expect(j.record).toMatchObject({ date: TODAY, contacts: 5, gapsOverCadence: 3, closesAsked: 1, followupFailed: true });
    expect(j.record.gaps).toHaveLength(5);
    expect(j.record.verdict).toMatchObject({ failed: true });
    expect(j.record.message).toMatch(/may have failed/);
  });
});

describe('followup lost, won', () => {
  it('writes the note in the notebook language and keeps CRLF line endings', async () => {
    const dir = book('locale: zh\n');
    const before = read(dir, 'west/xihu.md');
    const r = await run(dir, ['lost', '杭州西湖', '--reason', '选了竞争对手', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Follow-up record of 杭州西湖贸易');
    expect(read(dir, 'west/xihu.md')).toBe(
      before.replace('cadence: 7\r\n', 'cadence: 7\r\nstatus: lost\r\n') + '\r\n## 2026-12-01 备注\r\n- 状态: lost\r\n- 原因: 选了竞争对手\r\n',
    );
    expect(await names(dir, 'agenda')).not.toContain('杭州西湖贸易');
  });

  it('marks a deal won with a short line, no record, and a reason only when given', async () => {
    const dir = book();
    const r = await run(dir, ['won', 'lakeside']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Follow-up record');
    expect(r.stdout).toContain('Won: Hangzhou Lakeside Trading.');
    expect(read(dir, 'lakeside.md')).toMatch(/status: won {3}# until further notice\n[\s\S]*\n\n## 2026-12-01 note\n- Status: won\n$/);
    const j = JSON.parse((await run(dir, ['--json', 'list', '--all'])).stdout) as { name: string; status: string }[];
    expect(j.find((s) => s.name === 'Hangzhou Lakeside Trading')?.status).toBe('won');
    const json = JSON.parse((await run(dir, ['--json', 'reopen', 'lakeside', '--reason', 'they want a second site'])).stdout);
    expect(json).toMatchObject({ status: 'active', record: null, customer: { status: 'active' } });
    expect(read(dir, 'lakeside.md')).toMatch(/- Status: active\n- Reason: they want a second site\n$/);
  });
});
