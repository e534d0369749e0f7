/** File names from customer names: readable, portable, and unique in the notebook. */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_BYTES = 120;

/**
 * A file name stem for a customer name: letters of any script are kept (a Chinese name stays
 * Chinese), ASCII is lower-cased, and everything a file system on Linux, macOS or Windows
 * might refuse or read as a path becomes a dash.
 */
export function slugify(name: string): string {
  let s = name
    .normalize('NFC')
    .replace(/[\x00-\x1f\x7f<>:"/\\|?*#%&{}$!'`@=+^~[\]\s.,;，。、：；！？（）()]+/g, '-')
    .replace(/[A-Z]+/g, (m) => m.toLowerCase())
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  while (Buffer.byteLength(s) > MAX_BYTES) s = [...s].slice(0, -1).join('');
  s = s.replace(/-+$/, '');
  if (s === '') s = 'customer';
  if (WINDOWS_RESERVED.test(s)) s += '-customer';
  return s;
}

/** A customer's handle: its file name without `.md`. */
export function slugOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name.replace(/\.md$/i, '');
}

/** How two file names compare on a case-insensitive, normalising file system. */
export function slugKey(slug: string): string {
  return slug.normalize('NFC').toLowerCase();
}

/** `base`, or `base-2`, `base-3`... whichever is not yet taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(slugKey(base))) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(slugKey(candidate))) return candidate;
  }
}
