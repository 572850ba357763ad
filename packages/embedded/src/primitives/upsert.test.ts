import { describe, expect, it } from 'vitest';
import { session } from '../test/run.js';

// q reference: upsert.md
describe('upsert', () => {
  const simple = () => {
    const q = session();
    q('t:([]name:`tom`dick`harry;age:28 29 30;sex:`M)');
    return q;
  };
  const keyed = () => {
    const q = session();
    q('a:([s:`q`w]r:1 2;u:5 6)');
    return q;
  };
  it('appends one record, or a list of records, to a simple table', () => {
    expect(simple()('t upsert (`dick;49;`M)')).toBe(
      'name  age sex\n-------------\ntom   28  M\ndick  29  M\nharry 30  M\ndick  49  M',
    );
    expect(simple()('count t upsert((`dick;49;`M);(`jane;23;`F))')).toBe('5');
  });
  it('fills the columns a record table leaves out with nulls, in place by name', () => {
    const q = simple();
    expect(q('`t upsert ([]age:49 23;name:`dick`jane)')).toBe('`t');
    expect(q('-2#t')).toBe('name age sex\n------------\ndick 49\njane 23');
  });
  it('updates keyed rows whose key matches and inserts the others', () => {
    expect(keyed()('a upsert (`e;30;70)')).toBe('s| r  u\n-| -----\nq| 1  5\nw| 2  6\ne| 30 70');
    expect(keyed()('a upsert ((`e;30;70);(`r;40;80))')).toBe(
      's| r  u\n-| -----\nq| 1  5\nw| 2  6\ne| 30 70\nr| 40 80',
    );
    expect(keyed()('a upsert ([s:`e`r`q]r:30 4 10;u:70 8 50)')).toBe(
      's| r  u\n-| -----\nq| 10 50\nw| 2  6\ne| 30 70\nr| 4  8',
    );
  });
  it('rejects a record with the wrong number of fields', () => {
    expect(keyed()('a upsert (`e;30)')).toBe("'length");
  });
});
