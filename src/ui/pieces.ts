/**
 * Output handed on some 64 kB at a time: a write for each line or row of a report of 100,000
 * customers would be 100,000 writes, and all of it at once one string of hundreds of megabytes.
 */
const SIZE = 1 << 16;

export class Pieces {
  private text = '';

  constructor(private readonly write: (piece: string) => void) {}

  add(text: string): void {
    this.text += text;
    if (this.text.length > SIZE) this.flush();
  }

  /** Hands on what is left; call it once the output is complete. */
  flush(): void {
    const text = this.text;
    this.text = '';
    if (text !== '') this.write(text);
  }
}
