/** Which customer a person means by what they typed. */
import type { Customer } from './types.js';

export type Resolution = { customer: Customer } | { candidates: Customer[] };

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

/**
 * Exact file name, path or name first; then a unique prefix, then a unique substring of the
 * file name or the name, all ignoring case. Several matches at one step are ambiguous.
 */
export function resolveCustomer(customers: Customer[], query: string): Resolution {
  const q = norm(query).replace(/\.md$/, '');
  if (q === '') return { candidates: [] };
  const keys = customers.map((c) => ({ c, slug: norm(c.slug), path: norm(c.relPath).replace(/\.md$/, ''), name: norm(c.profile.name) }));
  const steps: ((k: (typeof keys)[number]) => boolean)[] = [
    (k) => k.slug === q || k.path === q || k.name === q,
    (k) => k.slug.startsWith(q) || k.name.startsWith(q),
    (k) => k.slug.includes(q) || k.name.includes(q),
  ];
  for (const step of steps) {
    const found = keys.filter(step).map((k) => k.c);
    if (found.length === 1) return { customer: found[0]! };
    if (found.length > 1) return { candidates: found };
  }
  return { candidates: [] };
}
