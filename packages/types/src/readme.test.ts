import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { K } from './constructors.js';
import { toJS } from './convert/to-js.js';
import { BASIC_CODES, TYPES, type BasicCode } from './type-table.js';
import type { Atom } from './atom.js';

// The README's type table is documentation users rely on: every row must say what the code does.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## The type table'),
  readme.indexOf('The rest of the tree'),
);
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  )
  .filter((cells) => /^\d+$/.test(cells[1] ?? ''));

const constructorOf = (code: BasicCode) => K[TYPES[code].name];

function sampleAtom(code: BasicCode): Atom {
  const samples: Partial<Record<BasicCode, Atom>> = {
    1: K.boolean(true),
    2: K.guid('8c680a01-5a49-5aab-5a65-d4bfddb6a661'),
    10: K.char('a'),
    11: K.symbol('a'),
  };
  return (
    samples[code] ??
    (constructorOf(code).atom((TYPES[code].storage === 'int64' ? 1n : 1) as never) as Atom)
  );
}

function jsKind(value: unknown): string {
  return value instanceof Date ? 'Date' : typeof value;
}

const codeSpan = (text: string) =>
  [...text.matchAll(/`([^`]+)`|`` (.+?) ``/g)].map((m) => m[1] ?? m[2]);

describe('README type table', () => {
  it('has one row per basic type, in code order', () => {
    expect(rows.map((r) => Number(r[1]))).toEqual([...BASIC_CODES]);
  });

  it.each(rows)('%s row matches the code', (name, code, char, storage, js, nullText, infText) => {
    const c = Number(code) as BasicCode;
    const info = TYPES[c];
    expect(info.name).toBe(name);
    expect(info.char).toBe(char);
    expect(info.alloc(0).constructor.name).toBe(storage);
    expect(jsKind(toJS(sampleAtom(c)))).toBe(js);
    const make = constructorOf(c);
    if (info.null === undefined) expect(nullText).toMatch(/no null/);
    else expect(nullText).toBe(c === 11 ? '`` ` ``' : `\`${make.null.toString()}\``);
    if (info.inf === undefined) expect(infText).toBe('—');
    else expect(codeSpan(infText ?? '')).toEqual([make.inf.toString(), make.ninf.toString()]);
  });
});
