import type { K } from '@qts/types';

/** Where the demo's q runs: the embedded engine (default) or a kdb+ process over IPC. */
export interface QSource {
  /** What the source is, for the demo's heading. */
  readonly name: string;
  /** Define a global in the q session. */
  set(name: string, value: K): Promise<void>;
  /** Evaluate q text. */
  run(expr: string): Promise<K>;
  /** Release the session. */
  close(): Promise<void>;
}

/** q in this process: `@qts/embedded`, no licence, no server. */
export async function embeddedSource(): Promise<QSource> {
  const { q } = await import('@qts/embedded');
  return {
    name: 'the embedded q engine (@qts/embedded)',
    set: async (name, value) => void q.set(name, value),
    run: async (expr) => {
      const result = q(expr);
      return typeof result === 'function' ? result.value : result;
    },
    close: async () => undefined,
  };
}

/** A kdb+ process (or `qts -p`) at `host:port`, through the `@qts/ipc` client. */
export async function remoteSource(host: string, port: number): Promise<QSource> {
  const [{ connect }, { K }] = await Promise.all([import('@qts/ipc'), import('@qts/types')]);
  const conn = await connect({ host, port });
  return {
    name: `kdb+ at ${host}:${port} (@qts/ipc)`,
    set: async (name, value) => void (await conn.sync('set', K.symbol(name), value)),
    run: (expr) => conn.sync(expr),
    close: () => conn.close(),
  };
}
