/** Bad input from the person at the keyboard: printed as one line, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

/** A customer file that cannot be read as the format describes. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}
