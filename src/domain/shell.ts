/**
 * A word as the POSIX shell reads it back unchanged: quoted when it has anything but plain
 * characters. git runs a merge driver through `sh -c`; `demo` prints a command to copy.
 */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
