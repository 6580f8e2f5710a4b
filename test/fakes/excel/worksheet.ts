// Worksheet of the fake: names, visibility, used range, ranges, tables, charts, freeze panes, page layout.
import { MAX_COLUMNS, MAX_ROWS, parseArea, splitSheet } from "./address";
import { usedArea } from "./cells";
import { FakeClientObject, sealed } from "./client-object";
import { FakeChartCollection } from "./charts";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeRange, SheetRef } from "./range";
import { FakeRangeAreas } from "./range-areas";
import { FakeFreezePanes, FakePageLayout } from "./sheet-parts";
import { FakeSheet, FakeVisibility, checkColor, checkSheetName, sheetById } from "./state";
import { FakeTableCollection } from "./tables";

export const WORKSHEET_PROPERTIES = [
  "name",
  "id",
  "visibility",
  "position",
  "tabColor",
  "showGridlines",
];
const VISIBILITIES: readonly FakeVisibility[] = ["Visible", "Hidden", "VeryHidden"];

export class FakeWorksheet extends FakeClientObject implements SheetRef {
  private boundId: string | null = null;
  private parts: {
    tables?: FakeTableCollection;
    charts?: FakeChartCollection;
    freeze?: FakeFreezePanes;
    page?: FakePageLayout;
  } = {};

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly find: () => FakeSheet | null,
    private readonly orNull = false
  ) {
    super(ctx, path);
  }

  bind(id: string): void {
    this.boundId = id;
  }

  resolveSheetOrNull(): FakeSheet | null {
    if (this.boundId) return sheetById(this.ctx.state, this.boundId);
    const sheet = this.find();
    if (!sheet) {
      if (this.orNull) return null;
      throw new FakeOfficeError(
        FakeErrorCode.itemNotFound,
        `The requested resource doesn't exist: ${this.objectPath}.`
      );
    }
    this.boundId = sheet.id;
    return sheet;
  }

  resolveSheet(): FakeSheet {
    const sheet = this.resolveSheetOrNull();
    if (!sheet)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, `${this.objectPath} is a null object.`);
    return sheet;
  }

  protected loadableProperties(): readonly string[] {
    return WORKSHEET_PROPERTIES;
  }

  protected readProperties(names: readonly string[]): Record<string, unknown> | null {
    const sheet = this.resolveSheetOrNull();
    return sheet ? worksheetData(this.ctx, sheet, names) : null;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get visibility(): FakeVisibility {
    return this.loadedValue("visibility");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get tabColor(): string {
    return this.loadedValue("tabColor");
  }
  get showGridlines(): boolean {
    return this.loadedValue("showGridlines");
  }

  set name(name: string) {
    this.queue(`name = ${JSON.stringify(name)}`, name, () => {
      const sheet = this.resolveSheet();
      checkSheetName(this.ctx.state, name, sheet.id);
      renameReferences(this.ctx.state.sheets, sheet.name, name);
      sheet.name = name;
    });
  }

  set visibility(v: FakeVisibility) {
    this.queue(`visibility = ${v}`, v, () => {
      if (!VISIBILITIES.includes(v))
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid visibility ${v}.`);
      const sheet = this.resolveSheet();
      const othersVisible = this.ctx.state.sheets.some(
        (s) => s.id !== sheet.id && s.visibility === "Visible"
      );
      if (v !== "Visible" && !othersVisible)
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "A workbook must keep one visible sheet."
        );
      sheet.visibility = v;
    });
  }

  set tabColor(color: string) {
    this.queue(`tabColor = ${JSON.stringify(color)}`, color, () => {
      this.resolveSheet().tabColor = color === "" ? "" : checkColor(color);
    });
  }

  set showGridlines(show: boolean) {
    this.queue(`showGridlines = ${show}`, show, () => {
      this.resolveSheet().showGridlines = show;
    });
  }

  getRange(address?: string): FakeRange {
    const area =
      address === undefined
        ? { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }
        : parseArea(splitSheet(address).local);
    return sealed(
      new FakeRange(
        this.ctx,
        `${this.objectPath}.getRange(${JSON.stringify(address ?? "")})`,
        this,
        () => area
      )
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return sealed(
      new FakeRange(
        this.ctx,
        `${this.objectPath}.getRangeByIndexes(${row},${column},${rowCount},${columnCount})`,
        this,
        () => {
          const ok =
            [row, column, rowCount, columnCount].every(Number.isInteger) &&
            row >= 0 &&
            column >= 0 &&
            rowCount > 0 &&
            columnCount > 0;
          if (!ok || row + rowCount > MAX_ROWS || column + columnCount > MAX_COLUMNS) {
            throw new FakeOfficeError(
              FakeErrorCode.invalidArgument,
              `Invalid range indexes ${row},${column},${rowCount},${columnCount}.`
            );
          }
          return { row, column, rows: rowCount, columns: columnCount };
        }
      )
    );
  }

  getRanges(address: string): FakeRangeAreas {
    // The address list is in the path, so every request using these areas counts its bytes.
    return sealed(
      new FakeRangeAreas(
        this.ctx,
        `${this.objectPath}.getRanges(${JSON.stringify(address)})`,
        this,
        address
      )
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return sealed(
      new FakeRange(
        this.ctx,
        `${this.objectPath}.getUsedRangeOrNullObject(${valuesOnly})`,
        this,
        (s) => usedArea(s, valuesOnly)
      )
    );
  }

  activate(): void {
    this.queue("activate()", null, () => {
      const sheet = this.resolveSheet();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "Cannot activate a hidden sheet."
        );
      this.ctx.state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queue("delete()", null, () => {
      const state = this.ctx.state;
      const sheet = this.resolveSheet();
      // @types/office-js, Excel.Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden",
      // the delete operation will fail with an InvalidOperation exception. You should first change its
      // visibility to hidden or visible before deleting it."
      if (sheet.visibility === "VeryHidden") {
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "Cannot delete a very hidden sheet; make it hidden or visible first."
        );
      }
      if (!state.sheets.some((s) => s.id !== sheet.id && s.visibility === "Visible")) {
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "Cannot delete the last visible sheet."
        );
      }
      state.sheets = state.sheets.filter((s) => s.id !== sheet.id);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id)
        state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  get tables(): FakeTableCollection {
    return (this.parts.tables ??= sealed(
      new FakeTableCollection(this.ctx, `${this.objectPath}.tables`, this)
    ));
  }
  get charts(): FakeChartCollection {
    return (this.parts.charts ??= sealed(
      new FakeChartCollection(this.ctx, `${this.objectPath}.charts`, this)
    ));
  }
  get freezePanes(): FakeFreezePanes {
    return (this.parts.freeze ??= sealed(
      new FakeFreezePanes(this.ctx, `${this.objectPath}.freezePanes`, this)
    ));
  }
  get pageLayout(): FakePageLayout {
    return (this.parts.page ??= sealed(
      new FakePageLayout(this.ctx, `${this.objectPath}.pageLayout`, this)
    ));
  }
}

export function worksheetData(
  ctx: FakeRequestContext,
  sheet: FakeSheet,
  names: readonly string[]
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) {
    out[n] =
      n === "position"
        ? ctx.state.sheets.indexOf(sheet)
        : sheet[n as "name" | "id" | "visibility" | "tabColor" | "showGridlines"];
  }
  return out;
}

/** Excel rewrites references to a renamed sheet (here: data-validation sources). */
function renameReferences(sheets: readonly FakeSheet[], from: string, to: string): void {
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'!`;
  for (const s of sheets) {
    for (const v of s.validations) {
      const rule = v.rule as { list?: { source?: string } } | null;
      if (rule?.list?.source?.startsWith("=")) {
        rule.list.source = rule.list.source
          .split(quote(from))
          .join(quote(to))
          .split(`=${from}!`)
          .join(`=${quote(to)}`);
      }
    }
  }
}
