/** Below this a held tail is simply rescanned with the next chunk, as the common case wants. */
const RESCAN_FROM = 1024 * 1024;
/** Bytes either side of a chunk boundary searched for the closing tag. */
const SEAM = 16;

/**
 * The unfinished tail of a part's XML (a row, a shared string) carried from chunk to chunk.
 * A long tail is only scanned again once a chunk brings its closing tag, so an element that
 * never ends costs linear time, and it is refused once it passes `max` bytes.
 */
export class HeldTail {
  private parts: Buffer[] = [];
  private bytes = 0;

  constructor(
    private readonly closer: Buffer,
    private readonly max: number,
    private readonly tooLong: () => Error,
  ) {}

  /** The bytes to scan now (the tail and the chunk), or undefined while the chunk cannot finish the tail. */
  take(chunk: Buffer): Buffer | undefined {
    if (this.bytes >= RESCAN_FROM && !this.closes(chunk)) {
      this.parts.push(chunk);
      this.grow(chunk.length);
      return undefined;
    }
    return this.parts.length > 0 ? Buffer.concat([...this.parts, chunk]) : chunk;
  }

  /**
   * Like take, but a short tail is joined only to the chunk's first bytes, through its first
   * closing tag and SEAM bytes more, so the chunk itself is not copied: the caller scans this
   * head, then the chunk from where the head's scan stopped, `held` bytes less. Undefined while
   * the chunk cannot finish the tail; the chunk itself when nothing is held.
   */
  head(chunk: Buffer): Buffer | undefined {
    if (this.parts.length === 0 || this.bytes >= RESCAN_FROM) return this.take(chunk);
    const close = chunk.indexOf(this.closer);
    const end = close < 0 ? chunk.length : Math.min(chunk.length, close + this.closer.length + SEAM);
    return Buffer.concat([...this.parts, chunk.subarray(0, end)]);
  }

  /** The bytes held from the chunks before. */
  get held(): number {
    return this.bytes;
  }

  /** Holds bytes[from…] (copied: the chunk's buffer is reused) for the next chunk. */
  keep(bytes: Buffer, from: number): void {
    this.parts = from < bytes.length ? [Buffer.from(bytes.subarray(from))] : [];
    this.bytes = 0;
    this.grow(bytes.length - Math.min(from, bytes.length));
  }

  /** The held bytes, as latin1 text. */
  text(): string {
    return Buffer.concat(this.parts).toString('latin1');
  }

  private grow(n: number): void {
    this.bytes += n;
    if (this.bytes > this.max) throw this.tooLong();
  }

  private closes(chunk: Buffer): boolean {
    if (chunk.includes(this.closer)) return true;
    const last = this.parts[this.parts.length - 1];
    return Buffer.concat([last.subarray(Math.max(0, last.length - SEAM)), chunk.subarray(0, SEAM)]).includes(this.closer);
  }
}
