// Build: stands in, in the browser bundle, for the Node built-ins (and @bhsd/nodejs) that wikiparser-node requires.
// Parsing reaches only EventEmitter (one per node) and getHeapStatistics (at load); the rest belongs to features
// wikiconflict never calls (error files, config fetching, profiling), where an empty object fails loudly.

type Listener = (...args: unknown[]) => void;

/** The part of Node's EventEmitter the parser's nodes use: on, once, off, emit, listeners, removeAllListeners. */
export class EventEmitter {
  #listeners = new Map<string | symbol, { listener: Listener; once: boolean }[]>();

  on(type: string | symbol, listener: Listener): this {
    this.#list(type).push({ listener, once: false });
    return this;
  }

  once(type: string | symbol, listener: Listener): this {
    this.#list(type).push({ listener, once: true });
    return this;
  }

  off(type: string | symbol, listener: Listener): this {
    const list = this.#list(type);
    // Node removes the most recently added matching listener.
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i]?.listener === listener) {
        list.splice(i, 1);
        break;
      }
    }
    return this;
  }

  removeAllListeners(type?: string | symbol): this {
    if (type === undefined) this.#listeners.clear();
    else this.#listeners.delete(type);
    return this;
  }

  listeners(type: string | symbol): Listener[] {
    return this.#list(type).map((l) => l.listener);
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = this.#listeners.get(type);
    if (list === undefined || list.length === 0) return false;
    for (const entry of [...list]) {
      if (entry.once) this.off(type, entry.listener);
      entry.listener.apply(this, args);
    }
    return true;
  }

  #list(type: string | symbol): { listener: Listener; once: boolean }[] {
    let list = this.#listeners.get(type);
    if (list === undefined) this.#listeners.set(type, (list = []));
    return list;
  }
}

/** No heap limit to check against in a browser: the parser's memory guard never trips. */
export const getHeapStatistics = (): { heap_size_limit: number } => ({ heap_size_limit: Infinity });

/** @bhsd/nodejs's terminal colours: plain text. */
export const green = (s: string): string => s;
export const yellow = (s: string): string => s;
export const red = (s: string): string => s;
export const blue = (s: string): string => s;

export default {};
