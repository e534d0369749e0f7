/** `followup undo`: the last write taken back byte for byte, and never over a later edit. */
import { existsSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { badInput, customerFile, followup, notebook, read } from '../helpers.js';

const TODAY = '2026-11-27';
const ACME = customerFile('name: Acme\nstage: qualified   # since the fair\ncadence: 14', '## 2026-11-20 visit\n- Purpose: intro\n');

const run = (root: string, ...args: string[]) => followup([...args, '--today', TODAY], { cwd: root });

describe('followup undo', () => {
  it('takes back a log with its stage change, byte for byte', async () => {
    const root = notebook({ 'acme.md': ACME, 'beta.md': customerFile('name: Beta') });
    expect((await run(root, 'log', 'acme', '--purpose', 'demo', '--stage', 'proposal')).code).toBe(0);
    expect(read(root, 'acme.md')).not.toBe(ACME);
    const r = await run(root, 'undo', 'acme');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Took back the last change to acme\.md/);
    expect(read(root, 'acme.md')).toBe(ACME);
  });

  it('without a customer takes back the last write of all, then the one before', async () => {
    const root = notebook({ 'acme.md': ACME, 'beta.md': customerFile('name: Beta') });
    await run(root, 'log', 'acme', '-m', 'one');
    const afterAcme = read(root, 'acme.md');
    await run(root, 'log', 'beta', '-m', 'two');
    expect((await run(root, 'undo')).code).toBe(0);
    expect(read(root, 'beta.md')).toBe(customerFile('name: Beta'));
    expect(read(root, 'acme.md')).toBe(afterAcme);
    expect((await run(root, 'undo')).code).toBe(0);
    expect(read(root, 'acme.md')).toBe(ACME);
    expect(badInput(await run(root, 'undo'))).toMatch(/nothing it can take back/);
  });

  it('refuses when the file changed since, and leaves it as it is', async () => {
    const root = notebook({ 'acme.md': ACME });
    await run(root, 'log', 'acme', '-m', 'one');
    const edited = `${read(root, 'acme.md')}\nA line written by hand.\n`;
    writeFileSync(path.join(root, 'acme.md'), edited);
    expect(badInput(await run(root, 'undo', 'acme'))).toMatch(/acme\.md changed after followup's last write/);
    expect(read(root, 'acme.md')).toBe(edited);
  });

  it('takes back a new customer by removing the file it made, and schedule, release and plan writes too', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await run(root, 'new', 'Gamma Co')).code).toBe(0);
    expect((await run(root, 'undo', 'gamma-co')).code).toBe(0);
    expect(existsSync(path.join(root, 'gamma-co.md'))).toBe(false);
    for (const args of [['schedule', 'acme', 'mon'], ['won', 'acme']]) {
      expect((await run(root, ...args)).code).toBe(0);
      expect((await run(root, 'undo', 'acme')).code).toBe(0);
      expect(read(root, 'acme.md')).toBe(ACME);
    }
  });

  it('says so when the file is gone, and then takes back the write before it', async () => {
    const root = notebook({ 'acme.md': ACME });
    expect((await run(root, 'log', 'acme', '-m', 'one')).code).toBe(0);
    expect((await run(root, 'new', 'Gamma Co')).code).toBe(0);
    unlinkSync(path.join(root, 'gamma-co.md'));
    expect(badInput(await run(root, 'undo'))).toMatch(/gamma-co\.md is no longer there/);
    expect((await run(root, 'undo')).code).toBe(0);
    expect(read(root, 'acme.md')).toBe(ACME);
  });
});
