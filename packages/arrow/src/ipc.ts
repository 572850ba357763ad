/** Arrow IPC (stream and file formats) straight from and to q values. */
import { writeFile } from 'node:fs/promises';
import { isArrowTable, tableFromIPC, tableToIPC, type Table as ArrowTable } from 'apache-arrow';
import { QError, type K } from '@qts/types';
import { fromArrow } from './from-arrow/from-arrow.js';
import type { FromArrowOptions, ToArrowOptions } from './options.js';
import { toArrow } from './to-arrow/to-arrow.js';

/** Arrow IPC flavour: the streaming format or the random-access file format (`.arrow`). */
export type IPCFormat = 'stream' | 'file';

/**
 * A q table, keyed table or dictionary as Arrow IPC bytes (`kdb.*` metadata included).
 * @throws QError `type` for values that are not table-shaped.
 */
export function toArrowIPC(
  value: K,
  format: IPCFormat = 'stream',
  options: ToArrowOptions = {},
): Uint8Array {
  const arrow = toArrow(value, options);
  if (!isArrowTable(arrow)) {
    throw new QError('type', 'Arrow IPC holds tables: pass a table, keyed table or dictionary');
  }
  return tableToIPC(arrow as ArrowTable, format);
}

/** Arrow IPC bytes (either format) back to q; aligned input is read without copying values. */
export function fromArrowIPC(bytes: Uint8Array, options: FromArrowOptions = {}): K {
  return fromArrow(tableFromIPC(bytes), options);
}

/**
 * Write a q table as an Arrow IPC file (`.arrow`, readable by pyarrow, DuckDB, Polars...).
 * @returns the number of bytes written.
 */
export async function writeArrowFile(
  path: string,
  value: K,
  options: ToArrowOptions = {},
): Promise<number> {
  const bytes = toArrowIPC(value, 'file', options);
  await writeFile(path, bytes);
  return bytes.length;
}
