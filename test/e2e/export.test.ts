import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, json, notebook } from '../helpers.js';

const TODAY = '2026-11-20';

const FILES = {
  'acme.md': customerFile('name: Acme Trading\nstage: proposal\ncontact: Wang\nphone: "+86 138"\ncadence: 14', '## 2026-11-13 visit\n- Purpose: demo\n- State: wants a quote\n- Next: 2026-11-27 bring the quote\n'),
  'east/杭州湖畔贸易.md': customerFile('name: 杭州湖畔贸易\ncadence: 14\ntags: [出口]', '## 2026-11-10 call\n- State: 在比较价格\n'),
  'ningbo.md': customerFile('name: Ningbo Port\ncadence: 7', '## 2026-11-01 visit\n- Purpose: intro\n'),
  'far.md': customerFile('name: Far Future\ncadence: 60', '## 2026-11-01 visit\n- Purpose: intro\n'),
};

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid') as string,
    date: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    summary: v.getFirstPropertyValue('summary') as string,
    description: v.getFirstPropertyValue('description') as string,
    trigger: (v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined)?.toString() ?? null,
  }));
}

describe('export ics', () => {
  it('gives the same bytes in two time zones and on two runs, each visit on its date, read back by ical.js', async () => {
    const root = notebook(FILES);
    const la = await followup(['export', 'ics', '--today', TODAY], { cwd: root, env: { TZ: 'America/Los_Angeles' } });
    const sh = await followup(['export', 'ics', '--today', TODAY], { cwd: root, env: { TZ: 'Asia/Shanghai' }, now: new Date('2027-01-01T00:00:00Z') });
    expect(la.code).toBe(0);
    expect(la.stderr).toBe('');
    expect(sh.stdout).toBe(la.stdout);
    expect(la.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(la.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const read = events(la.stdout);
    expect(read.map((e) => [e.uid, e.date, e.trigger])).toEqual([
      ['ningbo-2026-11-08@followup', '2026-11-20', '-PT6H'],
      ['杭州湖畔贸易-2026-11-24@followup', '2026-11-24', '-PT6H'],
      ['acme-2026-11-27@followup', '2026-11-27', '-PT6H'],
      ['far-2026-12-31@followup', '2026-12-31', '-PT6H'],
    ]);
    expect(read[0]!.summary).toBe('Visit Ningbo Port (overdue 12 days)');
    expect(read[1]!.summary).toBe('Visit 杭州湖畔贸易 (due by cadence)');
    expect(read[2]!.summary).toBe('Visit Acme Trading');
    expect(read[2]!.description).toBe('Plan: bring the quote\nLast contact 2026-11-13: wants a quote\nStage: proposal\nContact: Wang +86 138\nfollowup show acme');
  });

  it('limits the events to --days and writes --out atomically, the same bytes as stdout', async () => {
    const root = notebook(FILES);
    const out = await followup(['export', 'ics', '--days', '7', '--today', TODAY], { cwd: root });
    const r = await followup(['export', 'ics', '--days', '7', '--out', 'visits.ics', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote 2 events to ${path.join(root, 'visits.ics')}.\n`);
    expect(readFileSync(path.join(root, 'visits.ics'), 'utf8')).toBe(out.stdout);
    expect(events(out.stdout).map((e) => e.date)).toEqual(['2026-11-20', '2026-11-24']);
  });

  it('sets the alarm from the reminder setting, or none when it is off', async () => {
    const early = await followup(['export', 'ics', '--today', TODAY], { cwd: notebook(FILES, 'reminder: "-2d 09:00"\n') });
    expect(events(early.stdout)[0]!.trigger).toBe('-P1DT15H');
    const off = await followup(['export', 'ics', '--today', TODAY], { cwd: notebook(FILES, 'reminder: off\n') });
    expect(off.stdout).not.toContain('VALARM');
  });

  it('refuses an unknown format and options of another format', async () => {
    const root = notebook(FILES);
    expect(badInput(await followup(['export', 'xls'], { cwd: root }))).toBe("followup: 'xls' is not an export format; use ics, csv, json\n");
    expect(badInput(await followup(['export', 'csv', '--days', '3'], { cwd: root }))).toBe('followup: --days goes with ics only\n');
  });
});

describe('export csv and json', () => {
  it('writes customers as CSV with a byte order mark, Chinese kept, lists joined', async () => {
    const root = notebook(FILES);
    const r = await followup(['export', 'csv', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFname,file,status,stage,contact,phone,tags,owner,cadence,created,last_contact,')).toBe(true);
    expect(r.stdout).toContain('\r\n杭州湖畔贸易,east/杭州湖畔贸易.md,active,,,,出口,,14,,2026-11-10,1,2026-11-24,cadence,0,,,');
    const { readCsv } = await import('../../src/adapters/csv.js');
    const table = readCsv(r.stdout);
    expect(table.rows.map((x) => x.cells[0])).toEqual(['Acme Trading', '杭州湖畔贸易', 'Far Future', 'Ningbo Port']);
  });

  it('exports the owner as the profile reads it, one name or a list', async () => {
    const root = notebook({ 'a.md': customerFile('name: A Co\nowner: [li, wang]'), 'b.md': customerFile('name: B Co\nowner: zhao') });
    const rows = json(await followup(['export', 'json', '--today', TODAY], { cwd: root }));
    expect(rows.map((r: { owner: string | null }) => r.owner)).toEqual(['li, wang', 'zhao']);
  });

  it('writes one record per entry with --entries, as JSON for a script', async () => {
    const root = notebook(FILES);
    const rows = json(await followup(['export', 'json', '--entries', '--today', TODAY], { cwd: root }));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ name: 'Acme Trading', file: 'acme.md', date: '2026-11-13', kind: 'visit', purpose: 'demo', state: 'wants a quote', next: '2026-11-27 bring the quote' });
  });
});

describe('exports of a large notebook', () => {
  // 900 customers: every export is some hundreds of kilobytes.
  const files: Record<string, string> = {};
  for (let i = 0; i < 900; i++) {
    const name = i % 3 === 0 ? `客户${i}号贸易有限公司` : `Customer ${i} Trading`;
    files[`region-${i % 4}/c${i}.md`] = customerFile(`name: ${name}\ncontact: Wang ${i}\nphone: "+86 138 0000 ${String(i).padStart(4, '0')}"\ntags: [export, 华东区域, key-account]\ncadence: ${7 + (i % 3) * 7}`, `## 2026-11-${String(1 + (i % 19)).padStart(2, '0')} visit\n- Purpose: show the line\n- State: 在比较价格\n- Next: 2026-12-0${1 + (i % 8)} bring the quote\n\n## 2026-10-02 call\n- Purpose: intro\n`);
  }
  files['broken.md'] = '---\nname: [unclosed\n---\n';

  // Made whole, these are the strings of hundreds of megabytes at 100,000 customers (five
  // gigabytes with --entries): each is written a few dozen kilobytes at a time, and the pieces
  // add up to the text the format's own writer makes of the whole.
  it.each(['ics', 'csv', 'json', 'csv --entries', 'json --entries'])('export %s is written in pieces, the same bytes as to --out', async (command) => {
    const args = command.split(' ');
    const root = notebook(files);
    const pieces: string[] = [];
    const r = await followup(['export', ...args, '--today', TODAY], { cwd: root, pieces });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('followup: skipped broken.md: line 3: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n');
    expect(pieces.length).toBeGreaterThan(1);
    const out = await followup(['export', ...args, '--out', 'out.data', '--today', TODAY], { cwd: root });
    expect(out.code).toBe(0);
    expect(readFileSync(path.join(root, 'out.data'), 'utf8')).toBe(r.stdout);
    if (args[0] === 'json') expect(r.stdout).toBe(`${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
    if (args[0] === 'csv') {
      const { readCsv } = await import('../../src/adapters/csv.js');
      expect(readCsv(r.stdout).rows).toHaveLength(args[1] ? 1800 : 900);
    }
    if (args[0] === 'ics') expect(events(r.stdout)).toHaveLength(900);
  });
});

describe('export --out to what is not a plain file', () => {
  it('follows a link: the file it names is replaced, and the link stays', async () => {
    const root = notebook(FILES);
    mkdirSync(path.join(root, 'synced'));
    symlinkSync(path.join(root, 'synced', 'visits.ics'), path.join(root, 'visits.ics'));
    const r = await followup(['export', 'ics', '--out', 'visits.ics', '--today', TODAY], { cwd: root });
    expect(r.code).toBe(0);
    expect(lstatSync(path.join(root, 'visits.ics')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(root, 'synced', 'visits.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // Again, now that the file it names exists.
    expect((await followup(['export', 'ics', '--out', 'visits.ics', '--today', TODAY], { cwd: root })).code).toBe(0);
    expect(lstatSync(path.join(root, 'visits.ics')).isSymbolicLink()).toBe(true);
  });

  it.runIf(existsSync('/dev/full'))('writes into a device as it is, and says so in one line when it cannot (a full disk)', async () => {
    const r = await followup(['export', 'json', '--entries', '--out', '/dev/full', '--today', TODAY], { cwd: notebook(FILES) });
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'followup: cannot write /dev/full: the disk is full; nothing was written\n' });
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('writes into a named pipe, which stays a pipe', async () => {
    const root = notebook(FILES);
    const fifo = path.join(root, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = createReadStream(fifo);
    reader.on('data', (c) => chunks.push(c as Buffer));
    const done = new Promise<void>((resolve) => reader.on('close', () => resolve()));
    const r = await followup(['export', 'csv', '--out', fifo, '--today', TODAY], { cwd: root });
    const stillPipe = statSync(fifo).isFIFO();
    // Replaced by a plain file, the pipe would never see a writer: the reader is let go.
    if (stillPipe) await done;
    else reader.destroy();
    expect(r.code).toBe(0);
    expect(stillPipe).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toMatch(/^\uFEFFname,file,/);
  });
});
