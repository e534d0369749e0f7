/** The words of the reports in the active locale; field labels and kinds live in vocabulary.ts. */
import { en, type Messages } from './en.js';

export type { Messages };

/** Every locale's table; each must provide every key of the English one. */
const TABLES = { en } satisfies Record<string, Messages>;

/** The active table. Only English exists so far; a second locale is a file next to en.ts, added to TABLES. */
export const messages: Messages = TABLES.en;
