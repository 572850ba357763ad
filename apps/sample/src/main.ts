import { mkdir } from 'node:fs/promises';
import { inspect } from 'node:util';
import { fromArrowIPC, toArrowIPC, writeArrowFile } from '@qts/arrow';
import { toDanfoWithReport } from '@qts/danfo';
import { embeddedSource, remoteSource } from './q-source.js';
import { tradeTable } from './trades.js';

const step = (title: string): void => console.log(`\n== ${title}\n`);

/** What the demo asks q about the trade table. */
const QUERIES = [
  'meta trades',
  'select n:count i, volume:sum size, hi:max price by sym from trades',
  'update notional:price*size from trades where not null price',
  '`sym xasc select from trades where size>100',
];
const trades = tradeTable();

step('A trade table built with @qts/types, as the q console prints it');
console.log(trades.toString());

step('The same table as JS records (longs as bigint, timestamps as ISO strings with nanoseconds)');
console.log(inspect(trades.toJS({ temporal: 'string' }), { depth: 4, colors: false }));

step('As a Danfo DataFrame (@qts/danfo), with what the conversion could not keep');
const frame = toDanfoWithReport(trades);
console.log(frame.value.toString());
for (const loss of frame.report) console.log(`lossy: ${loss.column}: ${loss.message}`);

step('As an Arrow IPC file (@qts/arrow), read back into q');
const dir = new URL('../out/', import.meta.url);
await mkdir(dir, { recursive: true });
const file = new URL('trades.arrow', dir);
const bytes = await writeArrowFile(file.pathname, trades);
const back = fromArrowIPC(toArrowIPC(trades, 'file'));
console.log(
  `wrote ${file.pathname} (${bytes} bytes); read back, it matches the q table: ${back.equals(trades)}`,
);

// `--connect host:port` runs the same queries on a kdb+ process instead of the embedded engine.
const target = process.argv.find((a, i) => process.argv[i - 1] === '--connect');
const [host = 'localhost', port = '5000'] = target?.split(':') ?? [];
const source =
  target === undefined ? await embeddedSource() : await remoteSource(host, Number(port));
step(`q queries on ${source.name}`);
await source.set('trades', trades);
for (const query of QUERIES) {
  console.log(`q)${query}`);
  console.log((await source.run(query)).toString());
}
await source.close();
