/**
 * One lock per customer file, so that two followup processes never both read a file, add to
 * it and write it back (the second write would drop the first one's entry). The lock is a
 * file created exclusively; it says which process holds it, so a lock left by a process that
 * was killed is taken over at once instead of blocking every write after it.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import { hostname } from 'node:os';

/** Another process held the lock for the whole wait. */
export class LockBusy extends Error {
  constructor(
    readonly holder: { pid: number; host: string } | null,
    readonly waited: number,
  ) {
    super('locked');
  }
}

interface Holder {
  pid: number;
  host: string;
  /** When it was taken, ms since the epoch. */
  at: number;
}

// A lock from another machine cannot be checked for a live process: it is trusted for this
// long. The lock folder is local and ignored by git, so this only happens on a shared drive.
const FOREIGN_LOCK_MS = 10 * 60 * 1000;
// A lock is written right after it is created: one still unreadable this long after was left
// by a process killed in between.
const UNREADABLE_LOCK_MS = 10_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(lock: string): Promise<Holder | null | 'gone'> {
  let text: string;
  try {
    text = await fs.readFile(lock, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  try {
    const h = JSON.parse(text) as Holder;
    return Number.isInteger(h.pid) && typeof h.host === 'string' ? h : null;
  } catch {
    // Being written right now (the owner has created it, not yet filled it), or garbage.
    return null;
  }
}

/** True when the holder can no longer be running. */
function stale(h: Holder, me: string, now: number): boolean {
  if (h.host === me) return h.pid !== process.pid && !alive(h.pid);
  return now - h.at > FOREIGN_LOCK_MS;
}

/**
 * Takes a stale lock away. The lock is first renamed to a name of our own, which only one of
 * several waiters can do; the one that did checks that it moved the lock it judged stale
 * (`same`), gives it back when not, and removes it.
 */
async function breakLock(lock: string, same: (moved: string) => Promise<boolean>): Promise<void> {
  const aside = `${lock}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fs.rename(lock, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  // A live lock was taken in between: give it back if its name is still free.
  if (!(await same(aside))) await fs.link(aside, lock).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/** Whether `h`, read from a lock, is the holder `seen`. */
function sameHolder(h: Holder | null | 'gone', seen: Holder): boolean {
  return h !== null && h !== 'gone' && h.pid === seen.pid && h.host === seen.host && h.at === seen.at;
}

/**
 * Whether a moved lock is the one `seen` held, or gone meanwhile. One that cannot be read is
 * not: it is a lock just created, not yet filled, by a live process.
 */
function heldBy(seen: Holder): (moved: string) => Promise<boolean> {
  return async (moved) => {
    const h = await readHolder(moved);
    return h === 'gone' || sameHolder(h, seen);
  };
}

/** Whether a moved lock is the file `seen`, unchanged. */
function unchanged(seen: Stats): (moved: string) => Promise<boolean> {
  return async (moved) => {
    const now = await fs.stat(moved).catch(() => null);
    return now === null || (now.ino === seen.ino && now.size === seen.size && now.mtimeMs === seen.mtimeMs);
  };
}

/** Creates the lock file; what it says of its holder, or null when it exists already. */
async function tryTake(lock: string, me: string): Promise<Holder | null> {
  let handle;
  try {
    handle = await fs.open(lock, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw e;
  }
  const mine: Holder = { pid: process.pid, host: me, at: Date.now() };
  try {
    await handle.writeFile(JSON.stringify(mine));
  } finally {
    await handle.close();
  }
  return mine;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` holding the lock file `lock`. Waits up to `waitMs` for another process to let go,
 * then throws LockBusy; a lock whose process is no longer running is taken over at once.
 */
export async function withLock<T>(lock: string, waitMs: number, fn: () => Promise<T>): Promise<T> {
  const me = hostname();
  const start = Date.now();
  let pause = 5;
  let holder: Holder | null = null;
  for (;;) {
    const mine = await tryTake(lock, me);
    if (mine !== null) return holding(lock, mine, fn);
    const h = await readHolder(lock);
    if (h === 'gone') continue;
    if (h === null) {
      // Being filled by the live process that just created it, or left empty (or garbled) by
      // one killed in between: a lock is filled at once, so one still unreadable
      // UNREADABLE_LOCK_MS after it was last written is the latter. (Counting unreadable looks
      // instead took live locks away: with many writers, a waiter sees many locks in their
      // first instant.)
      const seen = await fs.stat(lock).catch(() => null);
      if (seen && Date.now() - seen.mtimeMs > UNREADABLE_LOCK_MS) {
        await breakLock(lock, unchanged(seen));
        continue;
      }
    } else {
      holder = h;
      // Its process has ended, and the lock is still the one it took. A holder that let go as
      // usual removed its lock before it ended: by the time it has ended the lock is gone or
      // another's, which must not be taken away (two writers at once would lose an entry).
      if (stale(h, me, Date.now()) && sameHolder(await readHolder(lock), h)) {
        await breakLock(lock, heldBy(h));
        continue;
      }
    }
    if (Date.now() - start >= waitMs) throw new LockBusy(holder && { pid: holder.pid, host: holder.host }, Date.now() - start);
    await sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 100);
  }
}

/** Runs `fn` while holding `lock`, taken as `mine`, then lets go of it. */
async function holding<T>(lock: string, mine: Holder, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    // Only its own lock: never one another process took in the meantime. (A lock that cannot
    // be read at all is removed, as it always was.)
    const now = await readHolder(lock).catch(() => mine);
    if (sameHolder(now, mine)) await fs.rm(lock, { force: true });
  }
}
