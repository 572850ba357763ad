/**
 * A bounded queue behind one async iterator. The producer learns from `push`'s result when the
 * queue is full and should stop reading; `onLow` fires once the consumer has taken it back down
 * to half, which is when reading resumes. Ending lets the consumer drain what is queued first.
 */
export class PushQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private head = 0;
  private waiter: ((result: IteratorResult<T>) => void) | undefined;
  private failer: ((error: unknown) => void) | undefined;
  private ended = false;
  private failure: unknown;
  private full = false;

  /**
   * @param highWaterMark - number of queued items at which `push` reports full.
   * @param onLow - called when a full queue has drained to half.
   * @param onReturn - called when the consumer stops early (`break` in `for await`).
   */
  constructor(
    readonly highWaterMark: number,
    private readonly onLow: () => void,
    private readonly onReturn: () => void,
  ) {}

  /** Items waiting for the consumer. */
  get size(): number {
    return this.items.length - this.head;
  }

  /** True while the queue is at or above its high-water mark. */
  get isFull(): boolean {
    return this.full;
  }

  /** Queues an item; returns false when the queue is now full (stop producing). */
  push(item: T): boolean {
    if (this.ended) return true;
    const waiter = this.waiter;
    if (waiter !== undefined) {
      this.waiter = undefined;
      this.failer = undefined;
      waiter({ value: item, done: false });
      return true;
    }
    this.items.push(item);
    if (this.size >= this.highWaterMark) this.full = true;
    return !this.full;
  }

  /** No more items: the iterator finishes after the queued ones (or throws `error` then). */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = error;
    if (this.waiter !== undefined && this.size === 0) this.settleEnd();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.size > 0) {
      const value = this.items[this.head] as T;
      this.items[this.head] = undefined as T;
      this.head++;
      if (this.head === this.items.length) {
        this.items = [];
        this.head = 0;
      } else if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      if (this.full && this.size <= this.highWaterMark >> 1) {
        this.full = false;
        this.onLow();
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.ended) {
      if (this.failure !== undefined) {
        const error = this.failure;
        this.failure = undefined;
        return Promise.reject(error);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise<IteratorResult<T>>((resolve, reject) => {
      this.waiter = resolve;
      this.failer = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    const wasFull = this.full;
    this.ended = true;
    this.items = [];
    this.head = 0;
    this.full = false;
    this.failure = undefined;
    this.onReturn();
    if (wasFull) this.onLow();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private settleEnd(): void {
    const waiter = this.waiter;
    const failer = this.failer;
    this.waiter = undefined;
    this.failer = undefined;
    if (this.failure !== undefined) {
      const error = this.failure;
      this.failure = undefined;
      failer?.(error);
    } else {
      waiter?.({ value: undefined, done: true });
    }
  }
}
