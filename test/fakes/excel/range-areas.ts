// RangeAreas (ExcelApi 1.9) and DataValidation (ExcelApi 1.8) of the fake.
import { Area, areaAddress, parseAreas } from "./address";
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import type { FakeRange, SheetRef } from "./range";
import { CellTarget, FakeRangeFormat } from "./range-format";
import { FakeSheet } from "./state";

/** Several areas of one sheet (ExcelApi 1.9): formatted together with one request. */
export class FakeRangeAreas extends FakeClientObject implements CellTarget {
  private formatProxy: FakeRangeFormat | null = null;

  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetRef: SheetRef,
    private readonly addressList: string
  ) {
    super(ctx, path);
  }

  resolveTarget(): { sheet: FakeSheet; areas: Area[] } {
    return { sheet: this.sheetRef.resolveSheet(), areas: parseAreas(this.addressList) };
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= sealed(
      new FakeRangeFormat(this.ctx, `${this.objectPath}.format`, this)
    ));
  }

  protected loadableProperties(): readonly string[] {
    return ["areaCount", "cellCount"];
  }

  protected readProperties(names: readonly string[]): Record<string, unknown> {
    const { areas } = this.resolveTarget();
    const out: Record<string, unknown> = {};
    if (names.includes("areaCount")) out.areaCount = areas.length;
    if (names.includes("cellCount"))
      out.cellCount = areas.reduce((n, a) => n + a.rows * a.columns, 0);
    return out;
  }

  get areaCount(): number {
    return this.loadedValue("areaCount");
  }
  get cellCount(): number {
    return this.loadedValue("cellCount");
  }
}

/** Data validation (ExcelApi 1.8): list rules and input prompts, as Excel stores them per range. */
export class FakeDataValidation extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly range: FakeRange
  ) {
    super(ctx, path);
  }

  set rule(rule: { list?: { inCellDropDown?: boolean; source?: unknown } }) {
    this.queue("rule = …", rule, () => {
      const source = rule?.list?.source;
      if (typeof source !== "string" || source === "")
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "A list rule needs a source.");
      if (!source.startsWith("=") && source.length > 255) {
        throw new FakeOfficeError(
          FakeErrorCode.invalidArgument,
          "An inline list is limited to 255 characters."
        );
      }
      this.entry().rule = rule;
    });
  }

  set prompt(prompt: { showPrompt?: boolean; message?: string; title?: string }) {
    this.queue("prompt = …", prompt, () => {
      this.entry().prompt = prompt;
    });
  }

  private entry(): { rule: unknown; prompt: unknown } {
    const { sheet, areas } = this.range.resolveTarget();
    const area = areas[0];
    const same = sheet.validations.find((v) => areaAddress(v.area) === areaAddress(area));
    if (same) return same;
    const created = { area, rule: null, prompt: null };
    sheet.validations.push(created);
    return created;
  }

  protected loadableProperties(): readonly string[] {
    return [];
  }

  protected readProperties(): Record<string, unknown> {
    return {};
  }
}
