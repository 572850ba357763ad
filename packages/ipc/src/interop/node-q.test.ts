/**
 * node-q (npm, an independent implementation of the protocol) against our server, and our
 * client against the same server, value by value. node-q's JS mapping is its documented one
 * (longs as numbers, temporals as `Date`s from 2000.01.01, tables as row objects, keyed tables as
 * `[keys, values]`); the expected JS below is written out by hand from that mapping.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as nodeq from 'node-q';
import {
  Dictionary,
  K,
  KeyedTable,
  Lambda,
  MixedList,
  QError,
  Table,
  IDENTITY,
  type K as KValue,
} from '@qts/types';
import { connect, type Connection } from '../client/index.js';
import { createServer, type QServer, type ServerConnection } from '../server/index.js';

const DAY = 86_400_000;
const at2000 = (days: number): Date => new Date(DAY * (10957 + days));

/** Values the server serves by name, with what node-q must make of them. */
const SERVED: Array<[string, KValue, unknown]> = [
  ['boolean', K.boolean(true), true],
  ['booleans', K.boolean([true, false, true]), [true, false, true]],
  ['guid', K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'), '8c680a01-5a49-5aab-5a65-d4bfddb6a661'],
  ['guid null', K.guid.null, null],
  ['byte', K.byte(42), 42],
  ['bytes', K.byte([0, 1, 255]), [0, 1, 255]],
  ['short', K.short(-7), -7],
  ['short null', K.short.null, null],
  ['int', K.int(123456), 123456],
  ['ints', K.int([1, null, 3]), [1, null, 3]],
  ['long', K.long(9007199254740991n), 9007199254740991],
  ['long null', K.long.null, null],
  ['long inf', K.long.inf, Infinity],
  ['longs', K.long([1, -2, 3]), [1, -2, 3]],
  ['real', K.real(1.5), 1.5],
  ['float', K.float(2.25), 2.25],
  ['float null', K.float.null, null],
  ['floats', K.float([1.5, -0.5, Infinity]), [1.5, -0.5, Infinity]],
  ['char', K.char('a'), 'a'],
  ['string', K.string('hello world'), 'hello world'],
  ['symbol', K.symbol('abc'), 'abc'],
  ['symbols', K.symbol(['a', 'bb', '']), ['a', 'bb', null]],
  ['timestamp', K.timestamp('2001.01.01D00:00:00.000000000'), at2000(366)],
  ['month', K.month('2001.01m'), new Date(Date.UTC(2001, 0, 1))],
  ['date', K.date('2001.01.01'), at2000(366)],
  ['dates', K.date(['2000.01.01', null]), [at2000(0), null]],
  ['datetime', K.datetime('2000.01.04T05:36:57.600'), at2000(3.234)],
  ['timespan', K.timespan(86_400_000_000_000n), at2000(1)],
  ['minute', K.minute('12:01'), at2000(721 / 1440)],
  ['second', K.second('12:05:00'), at2000(43500 / 86400)],
  ['time', K.time('12:04:59.123'), at2000(43499123 / DAY)],
  ['mixed', new MixedList([K.long(1), K.symbol('a'), K.string('xy')]), [1, 'a', 'xy']],
  ['dict', new Dictionary(K.symbol(['a', 'b']), K.long([1, 2])), { a: 1, b: 2 }],
  [
    'table',
    new Table(['sym', 'px'], [K.symbol(['x', 'y']), K.float([1.5, 2.5])]),
    [
      { sym: 'x', px: 1.5 },
      { sym: 'y', px: 2.5 },
    ],
  ],
  [
    'keyed table',
    new KeyedTable(new Table(['k'], [K.long([1, 2])]), new Table(['v'], [K.symbol(['a', 'b'])])),
    [
      [{ k: 1 }, { k: 2 }],
      [{ v: 'a' }, { v: 'b' }],
    ],
  ],
  ['identity', IDENTITY, null],
  ['lambda', new Lambda('{x+y}'), '{x+y}'],
];
const servedByName = new Map(SERVED.map(([name, value]) => [name, value]));

/** What node-q sends for a JS argument, and the q value our server must see. */
const SENT: Array<[string, unknown, KValue]> = [
  ['number', 1.5, K.float(1.5)],
  ['string', 'abc', K.string('abc')],
  ['backtick string', '`abc', K.symbol('abc')],
  ['boolean', true, K.boolean(true)],
  ['null', null, IDENTITY],
  ['numbers', [1, 2, 3], K.float([1, 2, 3])],
  ['date', new Date(DAY * (10957 + 366)), K.datetime('2001.01.01T00:00:00.000')],
  ['object', { a: 1, b: 2 }, new Dictionary(K.symbol(['a', 'b']), K.float([1, 2]))],
  ['typed short', nodeq.short(7), K.short(7)],
  ['typed int', nodeq.int(-5), K.int(-5)],
  // node-q's typings allow only Long objects here; its runtime takes null for 0N.
  ['typed long null', nodeq.long(null as unknown as Parameters<typeof nodeq.long>[0]), K.long.null],
  ['typed real', nodeq.real(0.5), K.real(0.5)],
  ['typed symbols', nodeq.symbols(['a', 'b']), K.symbol(['a', 'b'])],
  [
    'typed guid',
    nodeq.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'),
    K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'),
  ],
  ['typed bytes', nodeq.bytes([1, 2]), K.byte([1, 2])],
  ['typed date', nodeq.date(new Date(DAY * (10957 + 366))), K.date('2001.01.01')],
  [
    'typed timestamp',
    nodeq.timestamp(new Date(DAY * (10957 + 366))),
    K.timestamp('2001.01.01D00:00:00.000000000'),
  ],
];

let server: QServer;
const received: KValue[] = [];
const asyncReceived: KValue[] = [];
const subscribers = new Set<ServerConnection>();

beforeAll(async () => {
  server = await createServer({
    port: 0,
    onError: () => undefined,
    onSync: (request, conn) => {
      received.push(request);
      if (request instanceof MixedList) {
        const head = request.items[0]!;
        const name = head.type === 10 ? String(head.toJS()) : '';
        if (name === '.u.sub') {
          subscribers.add(conn);
          return new MixedList([
            K.symbol('trade'),
            new Table(['sym', 'px'], [K.symbol([]), K.float([])]),
          ]);
        }
        return request.items[1];
      }
      const name = String(request.toJS());
      if (name === 'fail') throw new QError('type');
      const value = servedByName.get(name);
      if (value === undefined) throw new QError(name);
      return value;
    },
    onAsync: (message) => void asyncReceived.push(message),
    onClose: (conn) => subscribers.delete(conn),
  });
});
afterAll(() => server.close());

function nodeqConnect(): Promise<nodeq.Connection> {
  return new Promise((resolve, reject) =>
    nodeq.connect({ host: '127.0.0.1', port: server.port! }, (err, con) =>
      err ? reject(err) : resolve(con!),
    ),
  );
}

function nodeqCall(con: nodeq.Connection, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    (con.k as (...a: unknown[]) => void)(...args, (err: Error | undefined, value: unknown) =>
      err ? reject(err) : resolve(value),
    );
  });
}

describe('node-q against our server', () => {
  let con: nodeq.Connection;
  beforeAll(async () => {
    con = await nodeqConnect();
  });
  afterAll(() => new Promise<void>((r) => con.close(() => r())));

  it.each(SERVED)('decodes %s as node-q maps it', async (name, _value, expected) => {
    expect(await nodeqCall(con, name)).toEqual(expected);
  });

  it.each(SENT)(
    'sends %s, which our server decodes to the q value',
    async (_name, js, expected) => {
      received.length = 0;
      await nodeqCall(con, 'echo', js);
      const request = received[0] as MixedList;
      expect(request.items[0]!.toString()).toBe('"echo"');
      expect(request.items[1]!.type).toBe(expected.type);
      expect(request.items[1]!.equals(expected)).toBe(true);
    },
  );

  it('gets q errors as node-q errors with the q text', async () => {
    await expect(nodeqCall(con, 'fail')).rejects.toThrow('type');
    await expect(nodeqCall(con, 'no such name')).rejects.toThrow('no such name');
    expect(await nodeqCall(con, 'long')).toBe(9007199254740991);
  });

  it('sends async messages that the server handles in order', async () => {
    asyncReceived.length = 0;
    for (let i = 0; i < 10; i++) await new Promise<void>((r) => con.ks('echo', i, () => r()));
    await nodeqCall(con, 'boolean');
    expect(asyncReceived.map((m) => (m as MixedList).items[1]!.toString())).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i}f`),
    );
  });

  it('answers many pipelined calls each to its own callback', async () => {
    const names = SERVED.map(([name]) => name);
    const results = await Promise.all(names.map((name) => nodeqCall(con, name)));
    expect(results).toEqual(SERVED.map(([, , expected]) => expected));
  });

  it('receives tickerplant pushes as upd events', async () => {
    const sub = await nodeqConnect();
    try {
      const schema = (await nodeqCall(
        sub,
        '.u.sub',
        nodeq.symbol('trade'),
        nodeq.symbol(''),
      )) as unknown[];
      expect(schema).toEqual(['trade', []]);
      const updates: Array<[string, unknown]> = [];
      const got = new Promise<void>((resolve) =>
        sub.on('upd', (table: string, data: unknown) => {
          updates.push([table, data]);
          if (updates.length === 2) resolve();
        }),
      );
      for (const conn of subscribers) {
        for (const px of [1.5, 2.5]) {
          conn.async(
            K.symbol('upd'),
            K.symbol('trade'),
            new Table(['sym', 'px'], [K.symbol(['x']), K.float([px])]),
          );
        }
      }
      await got;
      expect(updates).toEqual([
        ['trade', [{ sym: 'x', px: 1.5 }]],
        ['trade', [{ sym: 'x', px: 2.5 }]],
      ]);
    } finally {
      await new Promise<void>((r) => sub.close(() => r()));
    }
  });
});

describe('our client against the same server, the same way', () => {
  let conn: Connection;
  beforeAll(async () => {
    conn = await connect({ host: '127.0.0.1', port: server.port! });
  });
  afterAll(() => conn.close());

  it.each(SERVED)('gets %s back exactly', async (name, value) => {
    const reply = await conn.sync(name);
    expect(reply.type).toBe(value.type);
    expect(reply.equals(value)).toBe(true);
    expect(reply.toString()).toBe(value.toString());
  });

  it.each(SENT)('sends %s as the q value node-q sends', async (_name, _js, value) => {
    received.length = 0;
    const echoed = await conn.sync('echo', value);
    expect((received[0] as MixedList).items[1]!.equals(value)).toBe(true);
    expect(echoed.equals(value)).toBe(true);
  });

  it('gets q errors as QError with the q text', async () => {
    await expect(conn.sync('fail')).rejects.toMatchObject({ message: 'type' });
    await expect(conn.sync('no such name')).rejects.toMatchObject({ message: 'no such name' });
  });

  it('sends async messages that the server handles in order', async () => {
    asyncReceived.length = 0;
    for (let i = 0; i < 10; i++) conn.async('echo', K.float(i));
    await conn.sync('boolean');
    expect(asyncReceived.map((m) => (m as MixedList).items[1]!.toString())).toEqual(
      Array.from({ length: 10 }, (_, i) => `${i}f`),
    );
  });

  it('receives tickerplant pushes through messages()', async () => {
    const sub = await connect({ host: '127.0.0.1', port: server.port! });
    try {
      const messages = sub.messages();
      const schema = (await sub.sync('.u.sub', K.symbol('trade'), K.symbol(''))) as MixedList;
      expect(schema.items[0]!.toString()).toBe('`trade');
      const me = [...subscribers].find(
        (c) => c.id === Math.max(...[...subscribers].map((s) => s.id)),
      )!;
      for (const px of [1.5, 2.5]) {
        me.async(
          K.symbol('upd'),
          K.symbol('trade'),
          new Table(['sym', 'px'], [K.symbol(['x']), K.float([px])]),
        );
      }
      const seen: string[] = [];
      for await (const m of messages) {
        const items = (m as MixedList).items;
        seen.push(
          `${items[1]!.toString()} ${String((items[2] as Table).column('px')!.toString())}`,
        );
        if (seen.length === 2) break;
      }
      expect(seen).toEqual(['`trade ,1.5', '`trade ,2.5']);
    } finally {
      await sub.close();
    }
  });
});
