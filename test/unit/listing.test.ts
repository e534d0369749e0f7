/**
 * The kept list of files: after any sequence of changes to files, folders and links, the list
 * a command gets is the list a fresh walk gives, whether it came from the saved list, from
 * the saved list with the changed folders read again, or from a walk.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from '../../src/store/fs.js';
import { Notebook } from '../../src/store/notebook.js';
import { seeded } from '../helpers.js';

const HOUR_AGO = new Date(Date.now() - 3_600_000);

describe('the kept list of files', () => {
  it('is what a walk gives after each of 300 random changes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'followup-listing-'));
    mkdirSync(path.join(root, '.followup'));
    const random = seeded(20261130);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    // Folders (relative, '' the root) and files as they are now.
    const folders = (): string[] => {
      const out = [''];
      const walk = (rel: string) => {
        for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
          if (e.isDirectory() && !e.name.startsWith('.')) {
            out.push(path.join(rel, e.name));
            walk(path.join(rel, e.name));
          }
        }
      };
      walk('');
      return out;
    };
    const files = (): string[] =>
      folders().flatMap((f) =>
        readdirSync(path.join(root, f), { withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith('.md'))
          .map((e) => path.join(f, e.name)),
      );
    let made = 0;
    const changes: (() => string[])[] = [
      () => {
        const f = pick(folders());
        writeFileSync(path.join(root, f, `c${made++}.md`), 'text');
        return [f];
      },
      () => {
        const f = pick(folders());
        mkdirSync(path.join(root, f, `d${made++}`));
        return [f];
      },
      () => {
        const all = files();
        if (all.length === 0) return [];
        const f = pick(all);
        rmSync(path.join(root, f));
        return [path.dirname(f)];
      },
      () => {
        const all = files();
        if (all.length === 0) return [];
        const f = pick(all);
        const to = pick(folders());
        renameSync(path.join(root, f), path.join(root, to, `r${made++}.md`));
        return [path.dirname(f), to];
      },
      () => {
        const f = pick(folders().filter((x) => x !== ''));
        if (f === undefined) return [];
        rmSync(path.join(root, f), { recursive: true });
        return [path.dirname(f)];
      },
      () => {
        const f = pick(folders());
        symlinkSync(path.join(root, f), path.join(root, f, `l${made++}.md`));
        return [f];
      },
      // Written in place: no folder changes, no list changes.
      () => {
        const all = files();
        if (all.length > 0) writeFileSync(path.join(root, pick(all)), `text ${made++}`);
        return [];
      },
    ];
    const book = new Notebook(root);
    for (let step = 0; step < 300; step++) {
      const touched = pick(changes)();
      // Most changed folders are given their old times back (only their change time tells),
      // so that the list is saved again and the next change finds most folders as they were.
      for (const f of touched) if (existsSync(path.join(root, f)) && random() < 0.8) utimesSync(path.join(root, f), HOUR_AGO, HOUR_AGO);
      const walked = await markdownFiles(root);
      const listed = await book.files();
      expect({ files: listed.files, links: listed.links }, `step ${step}`).toEqual({ files: walked.files, links: walked.links });
    }
    // The list was kept and used on the way: it is saved now, with every folder.
    expect(statSync(path.join(root, '.followup', 'tmp', 'index', 'files.json')).size).toBeGreaterThan(0);
  });
});
