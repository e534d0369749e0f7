/** `followup sync` where git cannot run: one line, nothing changed. (The real-git tests are in test/git.) */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { customerFile, followup, notebook } from '../helpers.js';

describe('followup sync without git', () => {
  it('says git is not installed, in one line, exit 1, and writes nothing', async () => {
    const root = notebook({ 'acme.md': customerFile('name: Acme') });
    const empty = mkdtempSync(path.join(tmpdir(), 'followup-nogit-'));
    const r = await followup(['sync'], { cwd: root, env: { PATH: empty } });
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe('followup: git is not installed (or not on PATH); install git to sync the notebook\n');
    expect(readdirSync(root).sort()).toEqual(['.followup', 'acme.md']);
  });
});
