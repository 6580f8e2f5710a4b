// KeyIndex: first-seen positions by key, the same as a Map would give, whatever the hash does.
import fc from "fast-check";
import { KeyHash, KeyIndex, hashKey } from "../../src/core/key-index";

/** What a Map<string, number> gives for each position: the first earlier equal key's position, or -1. */
function firstPositionsByMap(keys: readonly (string | undefined)[]): number[] {
  const first = new Map<string, number>();
  return keys.map((key, at) => {
    if (key === undefined) return -1;
    const seen = first.get(key);
    if (seen !== undefined) return seen;
    first.set(key, at);
    return -1;
  });
}

function firstPositionsByIndex(
  keys: readonly (string | undefined)[],
  expected: number,
  hash?: KeyHash
): number[] {
  const index = new KeyIndex(keys, expected, { hash });
  return keys.map((_key, at) => index.firstAt(at));
}

/**
 * Two different short strings of equal hashKey, found by the birthday bound: pseudo-random base-36
 * keys (orderly keys such as "a".."zzzz" collide far later, FNV being nearly one-to-one on them).
 */
function findHashKeyCollision(): [string, string] {
  const byHash = new Map<number, string>();
  for (let i = 0; i < 5_000_000; i++) {
    const key = (Math.imul(i, 0x9e3779b1) >>> 0).toString(36);
    const hash = hashKey(key);
    const other = byHash.get(hash);
    if (other !== undefined && other !== key) return [other, key];
    byHash.set(hash, key);
  }
  throw new Error("no hashKey collision among five million keys");
}

describe("hashKey", () => {
  it("is a 32-bit integer that depends on every code unit and their order", () => {
    const hashes = ["", "a", "b", "ab", "ba", "โครงการ ก", "โครงการ ข", "MOL-0001", "MOL-0002"].map(
      hashKey
    );
    for (const h of hashes) expect(h).toBe(h | 0);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashKey("โครงการพัฒนาฝีมือแรงงาน")).toBe(hashKey("โครงการพัฒนาฝีมือแรงงาน".slice(0)));
  });
});

describe("KeyIndex", () => {
  it("gives -1 for a new key and the first position for a repeated one", () => {
    const keys = ["x", "y", "x", "z", "y", "x"];
    expect(firstPositionsByIndex(keys, keys.length)).toEqual([-1, -1, 0, -1, 1, 0]);
  });

  it("keeps two different keys of equal hashKey apart", () => {
    const [a, b] = findHashKeyCollision();
    expect(a).not.toBe(b);
    expect(hashKey(a)).toBe(hashKey(b));
    expect(firstPositionsByIndex([a, b, b, a], 4)).toEqual([-1, -1, 1, 0]);
  });

  it("keeps keys apart when every key has the same hash", () => {
    const keys = ["โครงการ ก", "โครงการ ข", "", "โครงการ ก", "", "โครงการ ค", "โครงการ ข"];
    expect(firstPositionsByIndex(keys, keys.length, () => 0)).toEqual([-1, -1, -1, 0, 2, -1, 1]);
  });

  it("skips undefined keys: they match nothing, not even each other, and take no slot", () => {
    const keys = [undefined, "a", undefined, "a", undefined];
    const index = new KeyIndex(keys, keys.length);
    expect(keys.map((_k, at) => index.firstAt(at))).toEqual([-1, -1, -1, 1, -1]);
    expect(index.size).toBe(1);
  });

  it("finds a position inserted by an earlier call for the same position", () => {
    const index = new KeyIndex(["only"], 1);
    expect(index.firstAt(0)).toBe(-1);
    expect(index.firstAt(0)).toBe(0);
    expect(index.size).toBe(1);
  });

  it("reads a column the caller fills as it goes", () => {
    const keys: (string | undefined)[] = [];
    const index = new KeyIndex(keys, 0);
    const found: number[] = [];
    for (const key of ["p", "q", "p", "q", "r"]) {
      keys.push(key);
      found.push(index.firstAt(keys.length - 1));
    }
    expect(found).toEqual([-1, -1, 0, 1, -1]);
  });

  it("starts at eight slots and stays a power of two at most half full as it grows", () => {
    const keys = Array.from({ length: 5000 }, (_v, i) => `key ${i}`);
    const index = new KeyIndex(keys, 0);
    expect(index.slotCount).toBe(8);
    const broken: string[] = [];
    for (let at = 0; at < keys.length; at++) {
      const first = index.firstAt(at);
      const { slotCount, size } = index;
      if (first !== -1 || (slotCount & (slotCount - 1)) !== 0 || slotCount < 2 * size) {
        broken.push(`at ${at}: first ${first}, ${size} keys in ${slotCount} slots`);
      }
    }
    expect(broken).toEqual([]);
    expect(index.size).toBe(5000);
    expect(index.slotCount).toBe(16384);
  });

  it("sizes the table from the expected count, so a full column needs no growth", () => {
    expect(new KeyIndex([], 4).slotCount).toBe(8);
    expect(new KeyIndex([], 5).slotCount).toBe(16);
    expect(new KeyIndex([], 100_000).slotCount).toBe(262_144);
  });

  it("finds every key again after growing, under a colliding hash too", () => {
    const distinct = Array.from({ length: 300 }, (_v, i) => `โครงการที่ ${i}`);
    const keys = [...distinct, ...distinct.slice().reverse()];
    for (const hash of [undefined, (key: string) => key.length, () => -1]) {
      expect(firstPositionsByIndex(keys, 1, hash)).toEqual(firstPositionsByMap(keys));
    }
  });

  it("agrees with a Map on any column, whatever the hash and the expected size", () => {
    const column = fc.array(
      fc.option(fc.constantFrom("", "a", "b", "ab", "ba", "ก", "กข", "A", "a "), {
        nil: undefined,
      }),
      {
        maxLength: 200,
      }
    );
    const hashes: (KeyHash | undefined)[] = [
      undefined,
      () => 0,
      (key) => key.length,
      (key) => key.charCodeAt(0) * 0x9e3779b1,
    ];
    fc.assert(
      fc.property(column, fc.constantFrom(...hashes), fc.nat(300), (keys, hash, expected) => {
        expect(firstPositionsByIndex(keys, expected, hash)).toEqual(firstPositionsByMap(keys));
      })
    );
  });

  it("uses hashes worked out beforehand, and still tells keys apart when they all collide", () => {
    const keys = ["P-1", "P-2", "P-1", undefined, "P-2", "P-3"];
    const firsts = (hashes: Int32Array) => {
      const index = new KeyIndex(keys, keys.length, { hashes });
      return keys.map((_key, at) => index.firstAt(at));
    };
    const expected = [-1, -1, 0, -1, 1, -1];
    expect(firsts(Int32Array.from(keys, (k) => (k === undefined ? 0 : hashKey(k))))).toEqual(expected);
    expect(firsts(new Int32Array(keys.length))).toEqual(expected);
  });
});
