// Worksheet parts of the fake: freeze panes (ExcelApi 1.7) and page layout (ExcelApi 1.9), recorded on the sheet.
import { Area, areaAddress, parseArea } from "./address";
import { FakeClientObject } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeRange, SheetRef } from "./range";

function areaOf(sheetRef: SheetRef, target: FakeRange | string): Area {
  if (typeof target === "string") return parseArea(target);
  const r = target.resolveRange();
  if (!r) throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Range is a null object.");
  if (r.sheet.id !== sheetRef.resolveSheet().id)
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Range is on another sheet.");
  return r.area;
}

abstract class SheetPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    protected readonly sheetRef: SheetRef
  ) {
    super(ctx, path);
  }
  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }
}

export class FakeFreezePanes extends SheetPart {
  override get excelType(): string {
    return "WorksheetFreezePanes";
  }
  freezeRows(count: number): void {
    this.set(`freezeRows(${count})`, () => ({ rows: count, columns: 0 }));
  }
  freezeColumns(count: number): void {
    this.set(`freezeColumns(${count})`, () => ({ rows: 0, columns: count }));
  }
  freezeAt(frozen: FakeRange | string): void {
    this.set("freezeAt(…)", () => {
      const a = areaOf(this.sheetRef, frozen);
      return { rows: a.row + a.rows, columns: a.column + a.columns };
    });
  }
  unfreeze(): void {
    this.set("unfreeze()", () => null);
  }
  private set(describe: string, panes: () => { rows: number; columns: number } | null): void {
    this.queue(describe, null, () => {
      const value = panes();
      if (
        value &&
        (!Number.isInteger(value.rows) ||
          !Number.isInteger(value.columns) ||
          value.rows < 0 ||
          value.columns < 0)
      ) {
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Invalid freeze count.");
      }
      this.sheetRef.resolveSheet().freeze = value;
    });
  }
}

const PAPER_SIZES = ["A3", "A4", "A5", "Letter", "Legal"];
const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];

export class FakePageLayout extends SheetPart {
  set orientation(v: string) {
    this.record("orientation", v, () => ["Portrait", "Landscape"].includes(v));
  }
  set paperSize(v: string) {
    this.record("paperSize", v, () => PAPER_SIZES.includes(v));
  }
  set leftMargin(v: number) {
    this.margin("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.margin("rightMargin", v);
  }
  set topMargin(v: number) {
    this.margin("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.margin("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.margin("footerMargin", v);
  }
  set centerHorizontally(v: boolean) {
    this.record("centerHorizontally", v, () => typeof v === "boolean");
  }
  set printGridlines(v: boolean) {
    this.record("printGridlines", v, () => typeof v === "boolean");
  }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    // Excel.PageLayoutZoomOptions: scale "can be between 10 and 400"; the fit counts may be left out.
    // A fit count of 0 (the adapter's "as many pages tall as needed", fitToHeight="0" in the file
    // format) is neither documented nor refused by the docs: accepted here, to be confirmed in Excel
    // (docs/office-fidelity.md).
    this.record("zoom", v, () => {
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (v.scale !== undefined) return !fit && v.scale >= 10 && v.scale <= 400;
      return (
        fit &&
        [v.horizontalFitToPages ?? 0, v.verticalFitToPages ?? 0].every(
          (n) => Number.isInteger(n) && n >= 0
        )
      );
    });
  }

  setPrintArea(area: FakeRange | string): void {
    this.queue("setPrintArea(…)", typeof area === "string" ? area : area.objectPath, () => {
      this.sheetRef.resolveSheet().printArea = areaAddress(areaOf(this.sheetRef, area));
    });
  }

  private margin(name: string, v: number): void {
    if (!MARGINS.includes(name)) throw new Error(name);
    this.record(name, v, () => typeof v === "number" && v >= 0 && v < 1000);
  }

  private record(name: string, v: unknown, valid: () => boolean): void {
    this.queue(`${name} = ${JSON.stringify(v)}`, v, () => {
      if (!valid())
        throw new FakeOfficeError(
          FakeErrorCode.invalidArgument,
          `Invalid page layout ${name}: ${JSON.stringify(v)}.`
        );
      this.sheetRef.resolveSheet().pageLayout[name] = v;
    });
  }
}
