/** The ranges numbers are read in, wherever they come from (flags, front matter, config). */

/** Ten years between contacts: a longer rhythm is a typo, and dates past year 9999 cannot be written. */
export const MAX_CADENCE = 3650;
