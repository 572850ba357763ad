import { K, Table } from '@qts/types';

/**
 * A small trade table, as a tickerplant would hold it: nanosecond timestamps, symbols,
 * float prices, long sizes and a char condition code, with a null price and a null size.
 */
export function tradeTable(): Table {
  return new Table(
    ['time', 'sym', 'price', 'size', 'cond'],
    [
      K.timestamp([
        '2026.11.23D09:30:00.000000001',
        '2026.11.23D09:30:00.250000000',
        '2026.11.23D09:30:01.123456789',
        '2026.11.23D09:30:02.000000500',
        '2026.11.23D09:30:02.999999999',
      ]),
      K.symbol(['AAPL', 'MSFT', 'AAPL', 'IBM', 'MSFT']),
      K.float([189.5, 420.25, null, 151.875, 420.3]),
      K.long([100, 250, 75, null, 1000000]),
      K.char(['N', 'N', 'O', ' ', 'Z']),
    ],
  );
}
