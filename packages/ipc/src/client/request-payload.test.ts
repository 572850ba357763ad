import { describe, expect, it } from 'vitest';
import { K, MixedList } from '@qts/types';
import { requestPayload } from './request-payload.js';

describe('requestPayload (what h"expr" and h(f;x;y) send)', () => {
  it('sends q text as a char vector', () => {
    const p = requestPayload('til 3', []);
    expect(p.type).toBe(10);
    expect(p.toString()).toBe('"til 3"');
  });

  it('sends a call as a mixed list: function first, then arguments', () => {
    const p = requestPayload(K.symbol('f'), [K.long(1), 2, 'ab']) as MixedList;
    expect(p.type).toBe(0);
    expect(p.items.map((x) => x.type)).toEqual([-11, -7, -9, -11]);
  });

  it('uses the fromJS options for plain arguments', () => {
    const p = requestPayload('{x}', ['ab', 2], { strings: 'char', numbers: 'infer' }) as MixedList;
    expect(p.items.map((x) => x.type)).toEqual([10, 10, -7]);
  });
});
