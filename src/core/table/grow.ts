// Growing a table's columns: a longer copy of a typed or plain array, new room filled as a fresh column is.

type TypedColumn = Float64Array | Int32Array | Uint16Array | Uint8Array;

/** A copy of `a` with room for `capacity` rows; new rows hold `fill` (typed arrays start at 0). */
export function grownTyped<T extends TypedColumn>(a: T, capacity: number, fill = 0): T {
  const b = new (a.constructor as new (length: number) => T)(capacity);
  if (fill !== 0) b.fill(fill);
  b.set(a);
  return b;
}

/** A copy of a plain column with room for `capacity` rows. */
export function grownArray<T>(a: readonly T[], capacity: number): T[] {
  // Made at full length first: assigning far past an array's end would turn it into a slow dictionary.
  const b = new Array<T>(capacity);
  for (let i = 0; i < a.length; i++) b[i] = a[i];
  return b;
}
