import { describe, expect, it } from 'vitest';
import { session } from '../test/run.js';

// q reference: select.md, exec.md, update.md, delete.md, basics/funsql.md
describe('qSQL', () => {
  const setup = () => {
    const q = session();
    q('t:([]sym:`a`b`a`c;px:1 2 3 4)');
    return q;
  };
  it('select filters rows with where phrases, in order', () => {
    const q = setup();
    expect(q('select from t where px>1')).toBe('sym px\n------\nb   2\na   3\nc   4');
    expect(q('select px from t where sym=`a,px>1')).toBe('px\n--\n3');
  });
  it('select by groups into a keyed table sorted by the groups', () => {
    const q = setup();
    expect(q('select total:sum px by sym from t')).toBe(
      'sym| total\n---| -----\na  | 4\nb  | 2\nc  | 4',
    );
  });
  it('exec gives a vector for one column, a dictionary for several', () => {
    const q = setup();
    expect(q('exec px from t')).toBe('1 2 3 4');
    expect(q('exec sym,px from t where px>2')).toBe('sym| a c\npx | 3 4');
  });
  it('update adds or replaces columns, only in rows the where phrase selects', () => {
    const q = setup();
    expect(q('update px:0 from t where sym=`a')).toBe('sym px\n------\na   0\nb   2\na   0\nc   4');
    expect(q('update n:count i by sym from t')).toBe(
      'sym px n\n--------\na   1  2\nb   2  1\na   3  2\nc   4  1',
    );
  });
  it('delete removes rows or columns; a symbol amends the global', () => {
    const q = setup();
    expect(q('delete from t where px<3')).toBe('sym px\n------\na   3\nc   4');
    expect(q('delete px from t')).toBe('sym\n---\na\nb\na\nc');
    expect(q('delete from `t where sym=`a')).toBe('`t');
    expect(q('count t')).toBe('2');
  });
  it('functional forms ?[t;c;b;a] and ![t;c;b;a]', () => {
    const q = setup();
    expect(q('?[t;enlist(>;`px;2);0b;()]')).toBe('sym px\n------\na   3\nc   4');
    expect(q('?[t;();0b;(enlist`m)!enlist(max;`px)]')).toBe('m\n-\n4');
    expect(q('?[t;();();`px]')).toBe('1 2 3 4');
    expect(q('![t;enlist(=;`sym;enlist`a);0b;`symbol$()]')).toBe('sym px\n------\nb   2\nc   4');
  });
  it('select[n], select[n;>c] and select distinct', () => {
    const q = setup();
    expect(q('select[2] from t')).toBe('sym px\n------\na   1\nb   2');
    expect(q('select[2;>px] from t')).toBe('sym px\n------\nc   4\na   3');
    expect(q('select distinct sym from t')).toBe('sym\n---\na\nb\nc');
  });
  it('parse gives the parse tree and eval evaluates it', () => {
    const q = setup();
    expect(q('eval parse "2+3"')).toBe('5');
    expect(q('parse "2+3"')).toBe('+\n2\n3');
  });
});
