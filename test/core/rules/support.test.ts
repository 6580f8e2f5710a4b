// Rule helpers: cachedByNumber computes once per number; positionsOfKind is a byte-by-byte scan.
import fc from "fast-check";
import { cachedByNumber, positionsOfKind } from "../../../src/core/rules/support";

describe("cachedByNumber", () => {
  it("answers what the computation answers, computing each number once (-0 as 0, like a Map key)", () => {
    const calls: number[] = [];
    const cached = cachedByNumber((n) => {
      calls.push(n);
      return `${String(n)}!`;
    });
    const numbers = [3, 3, 1023, 1024, 2.5, -1, 3, 2.5, NaN, NaN, 0, -0, 1e300, 1024];
    expect(numbers.map(cached)).toEqual(numbers.map((n) => `${String(n)}!`));
    expect(calls).toEqual([3, 1023, 1024, 2.5, -1, NaN, 0, 1e300]);
  });

  it("keeps undefined answers as answers", () => {
    let calls = 0;
    const cached = cachedByNumber(() => {
      calls++;
      return undefined;
    });
    expect([cached(5), cached(5), cached(5000), cached(5000)]).toEqual([undefined, undefined, undefined, undefined]);
    expect(calls).toBe(2);
  });

  it("agrees with a Map-backed cache on arbitrary numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 1100 }), fc.double())), (numbers) => {
        const cached = cachedByNumber((n) => n * 2);
        return numbers.every((n) => Object.is(cached(n), n * 2) || (n === 0 && cached(n) === 0));
      }),
    );
  });
});

describe("positionsOfKind", () => {
  const naive = (kinds: Uint8Array, length: number, kind: number) =>
    Array.from(kinds.subarray(0, Math.min(length, kinds.length)).entries())
      .filter(([, k]) => k === kind)
      .map(([at]) => at);

  it("finds the positions a byte-by-byte scan finds, aligned or not, up to the length", () => {
    const kindsArb = fc.array(fc.constantFrom(0, 0, 0, 1, 1, 2, 3, 255, 254), { maxLength: 70 });
    fc.assert(
      fc.property(kindsArb, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 3 }), (bytes, offset, length, kind) => {
        const buffer = new Uint8Array(bytes.length + offset);
        buffer.set(bytes, offset);
        const kinds = buffer.subarray(offset);
        expect(positionsOfKind(kinds, length, kind)).toEqual(naive(kinds, length, kind));
      }),
    );
  });

  it("finds kinds next to each other in one word and in the tail", () => {
    const kinds = Uint8Array.from([2, 2, 0, 2, 1, 3, 3, 3, 0, 2]);
    expect(positionsOfKind(kinds, 10, 2)).toEqual([0, 1, 3, 9]);
    expect(positionsOfKind(kinds, 10, 3)).toEqual([5, 6, 7]);
    expect(positionsOfKind(kinds, 9, 2)).toEqual([0, 1, 3]);
  });
});
