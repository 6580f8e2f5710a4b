// Areas a range finds in itself (merged areas, ExcelApi 1.13; special cells, ExcelApi 1.9), as Excel returns them: a RangeAreas or a null object.
import { Area, intersects, qualifiedAddress } from "./address";
import { FakeClientObject } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeSheet, cellKey } from "./state";

/** What a found-areas proxy needs of the range it was asked of. */
export interface FoundIn {
  resolveRange(): { sheet: FakeSheet; area: Area } | null;
}

/**
 * A RangeAreas found in a range, read at sync time; a null object when nothing is found (the
 * *OrNullObject methods' documented behaviour). Loads `address` ("Sheet1!A1:B4, Sheet1!D1:D4",
 * the worksheet named for each block, as the typings' doc of RangeAreas.address shows),
 * `areaCount` and `cellCount`.
 */
export class FakeFoundAreas extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly range: FoundIn,
    private readonly find: (sheet: FakeSheet, area: Area) => Area[],
    /** The member's requirement set: a host below it fails the request at sync, as Office does. */
    private readonly api: { readonly minor: number; readonly member: string }
  ) {
    super(ctx, path);
  }

  protected loadableProperties(): readonly string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected readProperties(names: readonly string[]): Record<string, unknown> | null {
    this.requireApi(this.api.minor, this.api.member);
    const r = this.range.resolveRange();
    if (!r) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `${this.objectPath}: the range is a null object.`);
    const found = this.find(r.sheet, r.area);
    if (found.length === 0) return null;
    const out: Record<string, unknown> = {};
    if (names.includes("address")) out.address = found.map((a) => qualifiedAddress(r.sheet.name, a)).join(", ");
    if (names.includes("areaCount")) out.areaCount = found.length;
    if (names.includes("cellCount")) out.cellCount = found.reduce((n, a) => n + a.rows * a.columns, 0);
    return out;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
}

/** Excel: "if the merged areas count in this range is more than 512, then this method will fail". */
export const MAX_MERGED_AREAS = 512;

/**
 * Merged areas meeting the range, each whole. The typings do not say whether an area reaching
 * outside the range comes back clipped; the fake returns it whole, and the adapter must not rely
 * on either (it reads each merge's top-left cell where that lies).
 */
export function mergedAreasIn(sheet: FakeSheet, area: Area): Area[] {
  const found = sheet.merges.filter((m) => intersects(m, area));
  if (found.length > MAX_MERGED_AREAS)
    throw new FakeOfficeError(FakeErrorCode.invalidOperation, `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
  return found;
}

/** Cells of the range holding a formula (SpecialCellType "Formulas"), one area per run down a column. */
export function formulaCellsIn(sheet: FakeSheet, area: Area): Area[] {
  const out: Area[] = [];
  for (let c = area.column; c < area.column + area.columns; c++) {
    let start = -1;
    for (let r = area.row; r <= area.row + area.rows; r++) {
      const has = r < area.row + area.rows && sheet.formulas.has(cellKey(r, c));
      if (has && start < 0) start = r;
      if (!has && start >= 0) {
        out.push({ row: start, column: c, rows: r - start, columns: 1 });
        start = -1;
      }
    }
  }
  return out;
}
