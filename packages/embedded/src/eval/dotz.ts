/**
 * The `.z` system values that read the clock and the process: `.z.p` `.z.P` (timestamp
 * UTC/local), `.z.d` `.z.D`, `.z.t` `.z.T`, `.z.n` `.z.N`, `.z.z` `.z.Z`, `.z.K` `.z.k`,
 * `.z.o`, `.z.i`, `.z.h`, `.z.u`, `.z.x`.
 */
import { Atom, EPOCH_OFFSET_NS, MixedList, Vector, type K } from '@qts/types';
import { hostname, userInfo } from 'node:os';

const NS_PER_DAY = 86_400_000_000_000n;

/** Nanoseconds since 2000.01.01 now, UTC or local. */
function nowNs(local: boolean): bigint {
  const ms = Date.now();
  const offsetMin = local ? -new Date(ms).getTimezoneOffset() : 0;
  const sub = process.hrtime.bigint() % 1_000_000n;
  return BigInt(ms + offsetMin * 60_000) * 1_000_000n + sub - EPOCH_OFFSET_NS;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** The value of `.z.<name>`, or undefined for names not provided. */
export function systemValue(name: string): K | undefined {
  const key = name.slice(3);
  const local = key === key.toUpperCase() && key !== key.toLowerCase();
  const ns = (): bigint => nowNs(local);
  switch (key) {
    case 'p':
    case 'P':
      return new Atom(12, ns());
    case 'n':
    case 'N':
      return new Atom(16, ((ns() % NS_PER_DAY) + NS_PER_DAY) % NS_PER_DAY);
    case 'd':
    case 'D':
      return new Atom(14, Number(floorDiv(ns(), NS_PER_DAY)));
    case 't':
    case 'T':
      return new Atom(19, Number((((ns() % NS_PER_DAY) + NS_PER_DAY) % NS_PER_DAY) / 1_000_000n));
    case 'z':
    case 'Z':
      return new Atom(15, Number(ns() / 1_000_000n) / 86_400_000);
    case 'K':
      return new Atom(9, 4.1);
    case 'k':
      return new Atom(14, 9131);
    case 'o':
      return new Atom(
        11,
        process.platform === 'darwin' ? 'm64' : process.platform === 'win32' ? 'w64' : 'l64',
      );
    case 'i':
      return new Atom(6, process.pid);
    case 'h':
      return new Atom(11, hostname());
    case 'u':
      return new Atom(11, userInfo().username);
    case 'x':
      return new MixedList(
        process.argv.slice(2).map(
          (a) =>
            new Vector(
              10,
              Uint8Array.from(a, (c) => c.charCodeAt(0) & 0xff),
            ),
        ),
      );
    default:
      return undefined;
  }
}
