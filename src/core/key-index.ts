// First-seen lookups by a string key column: an open-addressing hash index of row positions in typed arrays.

/** A 32-bit hash of a key's UTF-16 code units. */
export type KeyHash = (key: string) => number;

/**
 * FNV-1a over the key's UTF-16 code units, then a murmur3 finaliser. FNV-1a alone leaves the low
 * bits (the ones that pick a slot) poorly mixed for keys that differ only in their last few
 * characters, such as consecutive project ids; the finaliser spreads every bit over all 32.
 */
export function hashKey(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), HASH_PRIME);
  return finishHash(h);
}

/** FNV-1a's start and multiplier: a caller hashing a key as it scans it steps `h = Math.imul(h ^ code, HASH_PRIME)`. */
export const HASH_SEED = 0x811c9dc5;
export const HASH_PRIME = 0x01000193;

/** The murmur3 finaliser hashKey ends with, for a hash stepped by a caller. */
export function finishHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export interface KeyIndexOptions {
  /** Replaces hashKey; tests give a colliding hash to show that equal hashes never merge keys. */
  readonly hash?: KeyHash;
  /**
   * The hash of each position's key, worked out beforehand (hashKey of `keys[at]`): the index
   * then reads a key only to confirm a match. Ignored when `hash` is given.
   */
  readonly hashes?: Int32Array;
}

/** The smallest table the index starts with, so an empty or one-row column still has room to probe. */
const MIN_SLOTS = 8;

/** Slots for `expected` keys at a load of at most one half: a power of two, so a slot is `hash & mask`. */
function slotCountFor(expected: number): number {
  let slots = MIN_SLOTS;
  while (slots < 2 * expected) slots *= 2;
  return slots;
}

/**
 * Which earlier row has the same key, for rules that report "same as row N" (duplicate ids, shared
 * budget codes, repeated names). Where a `Map<string, number>` hashes each long Thai key in its own
 * table and chases pointers to compare, this keeps positions and hashes side by side in one
 * Int32Array and reads a key string only when a stored hash equals the probe's, which for distinct
 * keys is rare. The strings stay in the caller's column (`keys[at]` is row `at`'s key): the index
 * stores none, and equality is always decided on the strings, so a hash collision cannot merge two
 * different keys. The table doubles when it would pass half full, so `expected` is a hint only.
 */
export class KeyIndex {
  private readonly keys: readonly (string | undefined)[];
  private readonly hash: KeyHash;
  private readonly hashes: Int32Array | null;
  /**
   * Two entries per slot: [2s] = position + 1 (0 = empty slot), [2s + 1] = that key's hash.
   * Interleaved so a probe's position and hash sit on one cache line.
   */
  private entries: Int32Array;
  private mask: number;
  private count = 0;

  /**
   * `keys` is read, never copied: a caller may fill it as it goes, as long as `keys[at]` is set
   * before `firstAt(at)` and no key already inserted changes afterwards.
   */
  constructor(
    keys: readonly (string | undefined)[],
    expected: number,
    options: KeyIndexOptions = {}
  ) {
    this.keys = keys;
    this.hash = options.hash ?? hashKey;
    this.hashes = options.hash === undefined ? (options.hashes ?? null) : null;
    const slots = slotCountFor(expected);
    this.entries = new Int32Array(2 * slots);
    this.mask = slots - 1;
  }

  /** How many positions the index holds (one per distinct key). */
  get size(): number {
    return this.count;
  }

  /** How many slots the table has now (a power of two, at least twice `size`). */
  get slotCount(): number {
    return this.mask + 1;
  }

  /**
   * The position of the first row whose key equals `keys[at]`; or -1 when there is none, and then
   * `at` becomes that key's first row. An undefined key equals nothing and is never inserted.
   */
  firstAt(at: number): number {
    const key = this.keys[at];
    if (key === undefined) return -1;
    const hash = this.hashes !== null ? this.hashes[at] : this.hash(key) | 0;
    const entries = this.entries;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const stored = entries[2 * slot];
      if (stored === 0) break;
      if (entries[2 * slot + 1] === hash && this.keys[stored - 1] === key) return stored - 1;
      slot = (slot + 1) & mask;
    }
    if (2 * (this.count + 1) > mask + 1) {
      this.grow();
      slot = this.emptySlotFor(hash);
    }
    this.entries[2 * slot] = at + 1;
    this.entries[2 * slot + 1] = hash;
    this.count++;
    return -1;
  }

  /** The first empty slot on `hash`'s probe path. */
  private emptySlotFor(hash: number): number {
    const entries = this.entries;
    const mask = this.mask;
    let slot = hash & mask;
    while (entries[2 * slot] !== 0) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the table; entries move by their stored hashes, so no key is read or hashed again. */
  private grow(): void {
    const old = this.entries;
    const slots = 2 * (this.mask + 1);
    this.entries = new Int32Array(2 * slots);
    this.mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      const slot = this.emptySlotFor(old[i + 1]);
      this.entries[2 * slot] = old[i];
      this.entries[2 * slot + 1] = old[i + 1];
    }
  }
}
