import { mkdir } from 'node:fs/promises';
import { inspect } from 'node:util';
import { fromArrowIPC, toArrowIPC, writeArrowFile } from '@qts/arrow';
import { toDanfoWithReport } from '@qts/danfo';
import { tradeTable } from './trades.js';

const step = (title: string): void => console.log(`\n== ${title}\n`);
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
