// Range, RangeAreas and DataValidation of the fake: values and formats written and read at sync time.
import { Area, areaAddress, forEachCell, qualifiedAddress } from "./address";
import {
  checkCellLimit,
  cellInput,
  clearValue,
  checkShape,
  formatAt,
  officeValue,
  readGrid,
  setFormat,
  valueAt,
  writeCell,
} from "./cells";
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeDataValidation } from "./range-areas";
import { FakeFoundAreas, formulaCellsIn, mergedAreasIn } from "./range-found-areas";
import { CellTarget, FakeRangeFormat } from "./range-format";
import { FakeSheet, cellKey } from "./state";

/** What a range needs from its worksheet proxy. */
export interface SheetRef {
  readonly objectPath: string;
  resolveSheet(): FakeSheet;
}

const RANGE_PROPERTIES = [
  "address",
  "values",
  "numberFormat",
  "formulas",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "cellCount",
];

interface HyperlinkInput {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

function checkLink(link: HyperlinkInput): void {
  if (!link || (link.address === undefined && link.documentReference === undefined)) {
    throw new FakeOfficeError(
      FakeErrorCode.invalidArgument,
      "A hyperlink needs an address or a documentReference."
    );
  }
}

/** A hyperlink on one cell; its display text, when given, becomes the cell's value. */
function applyLink(sheet: FakeSheet, row: number, column: number, link: HyperlinkInput): void {
  sheet.hyperlinks.set(cellKey(row, column), { ...link });
  if (link.textToDisplay !== undefined) writeCell(sheet, row, column, link.textToDisplay);
}

export class FakeRange extends FakeClientObject implements CellTarget {
  private resolved: { sheet: FakeSheet; area: Area } | null | undefined;
  private formatProxy: FakeRangeFormat | null = null;
  private validationProxy: FakeDataValidation | null = null;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    readonly sheetRef: SheetRef,
    private readonly locate: (sheet: FakeSheet) => Area | null
  ) {
    super(ctx, path);
  }

  /** The sheet and area, fixed at first use during a sync (like Office's object paths). */
  resolveRange(): { sheet: FakeSheet; area: Area } | null {
    if (this.resolved === undefined) {
      const sheet = this.sheetRef.resolveSheet();
      const area = this.locate(sheet);
      this.resolved = area ? { sheet, area } : null;
    }
    return this.resolved;
  }

  resolveTarget(): { sheet: FakeSheet; areas: Area[] } {
    const r = this.resolveRange();
    if (!r)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, `${this.objectPath} is a null object.`);
    return { sheet: r.sheet, areas: [r.area] };
  }

  protected loadableProperties(): readonly string[] {
    return RANGE_PROPERTIES;
  }

  protected readProperties(names: readonly string[]): Record<string, unknown> | null {
    const r = this.resolveRange();
    if (!r) return null;
    const { sheet, area } = r;
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "values" || name === "numberFormat" || name === "formulas")
        checkCellLimit(this.ctx.state, area, `load ${name}`);
      if (name === "values")
        out.values = readGrid(area, (row, c) => officeValue(valueAt(sheet, row, c)));
      if (name === "numberFormat")
        out.numberFormat = readGrid(area, (row, c) => formatAt(sheet, row, c));
      if (name === "formulas")
        out.formulas = readGrid(
          area,
          (row, c) => sheet.formulas.get(cellKey(row, c)) ?? officeValue(valueAt(sheet, row, c))
        );
      if (name === "address") out.address = qualifiedAddress(sheet.name, area);
      if (name === "rowIndex") out.rowIndex = area.row;
      if (name === "columnIndex") out.columnIndex = area.column;
      if (name === "rowCount") out.rowCount = area.rows;
      if (name === "columnCount") out.columnCount = area.columns;
      if (name === "cellCount") out.cellCount = area.rows * area.columns;
    }
    return out;
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }

  /** A 2-D array of the range's shape, or one value for every cell. */
  set values(input: unknown[][] | string | number | boolean) {
    this.queue("values = …", input, () => {
      const { sheet, area } = this.resolveTarget1();
      checkCellLimit(this.ctx.state, area, "set values");
      const valueAt = cellInput(input, area, "values");
      forEachCell(area, (row, c) => writeCell(sheet, row, c, valueAt(row, c)));
    });
  }

  /** A 2-D array of the range's shape (null leaves a cell's format), or one format for every cell. */
  set numberFormat(input: unknown[][] | string) {
    this.queue("numberFormat = …", input, () => {
      const { sheet, area } = this.resolveTarget1();
      checkCellLimit(this.ctx.state, area, "set numberFormat");
      const formatAt = cellInput(input, area, "numberFormat");
      forEachCell(area, (row, c) => {
        const f = formatAt(row, c);
        if (f === null || f === undefined) return;
        if (typeof f !== "string")
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            `Invalid number format ${JSON.stringify(f)}.`
          );
        setFormat(sheet, row, c, f);
      });
    });
  }

  set hyperlink(link: HyperlinkInput) {
    this.queue("hyperlink = …", link, () => {
      const { sheet, area } = this.resolveTarget1();
      checkLink(link);
      forEachCell(area, (row, c) => applyLink(sheet, row, c, link));
    });
  }

  /**
   * Properties cell by cell (ExcelApi 1.9): a 2-D array of the range's shape, one object per cell;
   * `{}` changes nothing. The fake models `hyperlink`; `format`, `style` and `textRuns` are valid in
   * Excel but not modelled here, so they throw instead of passing unnoticed.
   */
  setCellProperties(cells: unknown[][]): void {
    this.queue("setCellProperties(…)", cells, () => {
      const { sheet, area } = this.resolveTarget1();
      checkCellLimit(this.ctx.state, area, "setCellProperties");
      const grid = checkShape(cells, area, "setCellProperties");
      const entries = grid.flat();
      for (const entry of entries) {
        if (entry === null || typeof entry !== "object" || Array.isArray(entry))
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            `Invalid cell properties ${JSON.stringify(entry)}.`
          );
        for (const [key, value] of Object.entries(entry)) {
          if (key === "hyperlink") checkLink(value as HyperlinkInput);
          else if (["format", "style", "textRuns"].includes(key))
            throw new Error(`fake Excel: setCellProperties ${key} is not modelled`);
          else
            throw new FakeOfficeError(
              FakeErrorCode.invalidArgument,
              `Unknown cell property ${key}.`
            );
        }
      }
      forEachCell(area, (row, c) => {
        const link = (grid[row - area.row][c - area.column] as { hyperlink?: HyperlinkInput })
          .hyperlink;
        if (link) applyLink(sheet, row, c, link);
      });
    });
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= sealed(
      new FakeRangeFormat(this.ctx, `${this.objectPath}.format`, this)
    ));
  }

  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= sealed(
      new FakeDataValidation(this.ctx, `${this.objectPath}.dataValidation`, this)
    ));
  }

  getCell(row: number, column: number): FakeRange {
    return sealed(
      new FakeRange(this.ctx, `${this.objectPath}.getCell(${row},${column})`, this.sheetRef, () => {
        const { area } = this.resolveTarget1();
        return { row: area.row + row, column: area.column + column, rows: 1, columns: 1 };
      })
    );
  }

  merge(across = false): void {
    this.queue(`merge(${across})`, null, () => {
      const { sheet, area } = this.resolveTarget1();
      const merged = across
        ? Array.from({ length: area.rows }, (_, r) => ({ ...area, row: area.row + r, rows: 1 }))
        : [area];
      // Merging keeps only the upper-left cell's value and clears the others ("Merge and unmerge cells",
      // support.microsoft.com/office/5cbd15d5-9375-4540-907f-c673a93fcedf: "only the contents of the
      // upper-left cell ... will remain in the merged cell"; Excel.Range.merge in @types/office-js).
      for (const m of merged) {
        forEachCell(m, (row, c) => {
          if (row === m.row && c === m.column) return;
          clearValue(sheet, row, c);
        });
        sheet.merges.push(m);
      }
    });
  }

  /** ExcelApi 1.13 (see range-found-areas.ts). */
  getMergedAreasOrNullObject(): FakeFoundAreas {
    const path = `${this.objectPath}.getMergedAreasOrNullObject()`;
    return sealed(new FakeFoundAreas(this.ctx, path, this, mergedAreasIn, { minor: 13, member: "Range.getMergedAreasOrNullObject" }));
  }

  /** ExcelApi 1.9; the fake models the "Formulas" cell type only (see range-found-areas.ts). */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeFoundAreas {
    if (cellType !== "Formulas" || cellValueType !== undefined)
      throw new Error(`fake Excel: getSpecialCellsOrNullObject(${cellType}, ${cellValueType}) is not modelled`);
    const path = `${this.objectPath}.getSpecialCellsOrNullObject(${cellType})`;
    return sealed(new FakeFoundAreas(this.ctx, path, this, formulaCellsIn, { minor: 9, member: "Range.getSpecialCellsOrNullObject" }));
  }

  select(): void {
    this.queue("select()", null, () => {
      const { sheet, area } = this.resolveTarget1();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError(
          FakeErrorCode.invalidSelection,
          "Cannot select a cell of a hidden sheet."
        );
      this.ctx.state.activeSheetId = sheet.id;
      this.ctx.state.selection = { sheetId: sheet.id, address: areaAddress(area) };
    });
  }

  private resolveTarget1(): { sheet: FakeSheet; area: Area } {
    const { sheet, areas } = this.resolveTarget();
    return { sheet, area: areas[0] };
  }
}
