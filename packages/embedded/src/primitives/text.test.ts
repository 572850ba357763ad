import { describe, expect, it } from 'vitest';
import { run } from '../test/run.js';

// q reference: file-text.md (0: prepare and parse text), csv
describe('0: on text', () => {
  it('prepares delimited text from a table, header first', () => {
    expect(run('csv 0: ([]a:1 2;b:`x`y)')).toBe('"a,b"\n"1,x"\n"2,y"');
  });
  it('prepares delimited text from columns', () => {
    expect(run('"|" 0: (`a`b;1 2)')).toBe('"a|1"\n"b|2"');
  });
  it('parses delimited text into columns, or a table with a header line', () => {
    expect(run('("IS";",") 0: ("1,x";"2,y")')).toBe('1 2\nx y');
    expect(run('("IS";enlist ",") 0: ("a,b";"1,x";"2,y")')).toBe('a b\n---\n1 x\n2 y');
  });
  it('parses key-value text', () => {
    expect(run('"S=;" 0: "one=1;two=2"')).toBe('one  two\n,"1" ,"2"');
  });
});
