/**
 * The interface language: what the tool says, apart from the language a file is written in
 * (its locale, format/vocabulary.ts). Chosen from config.yml's `language`, else from the
 * environment (LC_ALL, LC_MESSAGES, LANG), else English.
 */
import type { Locale } from './format/vocabulary.js';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A language as a person writes it (zh-CN, zh_CN, zh, en, EN...), or null when it is none of ours. */
export function parseLanguage(value: string): Language | null {
  const v = value.trim().toLowerCase().replace('_', '-');
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-hans' || v === 'zh-hans-cn') return 'zh-CN';
  return null;
}

/**
 * The language the environment asks for, as POSIX reads it: the first of LC_ALL, LC_MESSAGES
 * and LANG that is set decides. zh_CN.UTF-8, zh_CN and zh mean Simplified Chinese; anything
 * else (C, POSIX, en_US.UTF-8, fr_FR, zh_TW) means English.
 */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  // Strip the codeset and modifier: zh_CN.UTF-8@pinyin -> zh_CN.
  const base = value.split(/[.@]/)[0]!;
  return /^zh([_-]cn)?$/i.test(base) ? 'zh-CN' : 'en';
}

/** The locale new files are written in when config.yml does not say: the interface language's. */
export function localeOfLanguage(language: Language): Locale {
  return language === 'zh-CN' ? 'zh' : 'en';
}
