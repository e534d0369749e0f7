/** Which locale's words a customer file is already written in, so an entry added to it matches. */
import { FIELD_KEYS, KINDS, LOCALES, type Locale } from './vocabulary.js';

const HEADING = /^#{1,6}[ \t]+\d{4}-\d{2}-\d{2}(?:[ \t]+\d{1,2}:\d{2})?[ \t]+(\S+)/;
const FIELD = /^\s*[-*+][ \t]+([^:：\n]{1,40}?)[ \t]*[:：]/;

/**
 * The locale whose kinds (in entry headings) and field labels (in entry lines) the text uses
 * most; `fallback` (the notebook's locale) when it uses none, or as many of each.
 */
export function localeOfText(text: string, fallback: Locale): Locale {
  const counts = new Map<Locale, number>();
  const words = new Map<string, Locale>();
  for (const [locale, v] of Object.entries(LOCALES) as [Locale, (typeof LOCALES)[Locale]][]) {
    for (const k of KINDS) words.set(v.kinds[k].toLowerCase(), locale);
    for (const f of FIELD_KEYS) words.set(v.labels[f].toLowerCase(), locale);
  }
  for (const line of text.split('\n')) {
    const word = (HEADING.exec(line) ?? FIELD.exec(line))?.[1]?.toLowerCase();
    const locale = word === undefined ? undefined : words.get(word);
    if (locale) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  let best: Locale = fallback;
  let most = counts.get(fallback) ?? 0;
  for (const [locale, n] of counts) {
    if (n > most) {
      best = locale;
      most = n;
    }
  }
  return best;
}
