import { inspect } from 'node:util';
import { tradeTable } from './trades.js';

const trades = tradeTable();

console.log('A trade table built with @qts/types, as the q console prints it:\n');
console.log(trades.toString());

console.log(
  '\nThe same table as JS records (longs as bigint, timestamps as ISO strings with nanoseconds):\n',
);
console.log(inspect(trades.toJS({ temporal: 'string' }), { depth: 4, colors: false }));
