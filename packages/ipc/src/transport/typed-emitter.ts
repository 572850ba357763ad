/**
 * A minimal typed event emitter with no Node dependency (the client also runs in browsers).
 * A listener that throws does not stop the others; its error goes to `onListenerError`.
 */
export class TypedEmitter<Events extends { [K in keyof Events]: (...args: never[]) => void }> {
  private readonly listeners = new Map<keyof Events, Set<Events[keyof Events]>>();

  /** Adds a listener; returns `this` for chaining. */
  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    let set = this.listeners.get(event);
    if (set === undefined) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  /** Adds a listener that runs once. */
  once<E extends keyof Events>(event: E, listener: Events[E]): this {
    const wrapper = ((...args: Parameters<Events[E]>) => {
      this.off(event, wrapper);
      (listener as (...a: Parameters<Events[E]>) => void)(...args);
    }) as Events[E];
    return this.on(event, wrapper);
  }

  /** Removes a listener. */
  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  /** Number of listeners for `event`. */
  listenerCount(event: keyof Events): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  /** Calls the listeners of `event` in order; returns whether there were any. */
  protected emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): boolean {
    const set = this.listeners.get(event);
    if (set === undefined || set.size === 0) return false;
    // Copy only when there are several, so a listener removing itself cannot skip the next one.
    for (const listener of set.size === 1 ? set : [...set]) {
      try {
        (listener as (...a: Parameters<Events[E]>) => void)(...args);
      } catch (error) {
        this.onListenerError(error);
      }
    }
    return true;
  }

  /** Where an exception thrown by a listener goes; by default the next tick rethrows it, as Node does. */
  protected onListenerError(error: unknown): void {
    queueMicrotask(() => {
      throw error;
    });
  }
}
