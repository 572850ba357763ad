/** Test support: the real kdb+ bytes of ../shared/fixtures/ipc, one record a fixture. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One fixture line (see SOURCES.md in the fixture folder). */
export interface Fixture {
  readonly id: string;
  readonly file: string;
  readonly expr: string | null;
  readonly hex: string;
  readonly framing: 'message' | 'payload';
  readonly compressed: boolean;
  readonly nanCanonical: boolean | null;
  readonly note: string;
  /** The whole message: as given, or rebuilt around a payload (msg type 0). */
  readonly message: Uint8Array;
}

/** The fixture folder, beside the repository clone. */
export const FIXTURE_DIR = fileURLToPath(
  new URL('../../../../../../shared/fixtures/ipc/', import.meta.url),
);

/** Bytes of a hex string. */
export function fromHex(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function wrap(payload: Uint8Array, compressed: boolean): Uint8Array {
  const out = new Uint8Array(payload.length + 8);
  out.set([1, 0, compressed ? 1 : 0, 0]);
  new DataView(out.buffer).setUint32(4, out.length, true);
  out.set(payload, 8);
  return out;
}

/** Every fixture of every file; throws if the folder is missing (CI must have it beside the clone). */
export function loadFixtures(): Fixture[] {
  if (!existsSync(FIXTURE_DIR)) {
    throw new Error(`IPC fixtures not found at ${FIXTURE_DIR}: clone ../shared beside the repo`);
  }
  const out: Fixture[] = [];
  for (const file of readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const line of readFileSync(FIXTURE_DIR + file, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Omit<Fixture, 'file' | 'message'>;
      const bytes = fromHex(row.hex);
      const message = row.framing === 'message' ? bytes : wrap(bytes, row.compressed);
      out.push({ ...row, note: row.note ?? '', file, message });
    }
  }
  return out;
}

/** The fixture with this id; throws if there is none. */
export function fixture(id: string, all: readonly Fixture[] = loadFixtures()): Fixture {
  const f = all.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no fixture ${id}`);
  return f;
}
