// RangeAreas (ExcelApi 1.9) and DataValidation (ExcelApi 1.8) of the fake.
import { Area, areaAddress, parseAreas } from "./address";
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import type { FakeRange, SheetRef } from "./range";
import { CellTarget, FakeRangeFormat } from "./range-format";
import { FakeSheet } from "./state";

function isRange(source: unknown): source is FakeRange {
  return source instanceof FakeClientObject && source.excelType === "Range";
}

/**
 * A list rule's source as Excel keeps it (a reference formula, or the inline list). Excel.ListDataValidation
 * .source in @types/office-js: "it can be passed in as a Range object, or a string that contains a
 * comma-separated number, Boolean, or date". A reference formula ("=Sheet!$A$1:$A$3", the form Excel
 * stores) is taken too, but only when its sheet exists: a reference to a sheet that is not there is no
 * range, so Excel has no list to offer and refuses the rule.
 */
function listSource(sheets: readonly FakeSheet[], source: unknown): string {
  const bad = (why: string) =>
    new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid list source: ${why}.`);
  if (isRange(source)) {
    const r = source.resolveRange();
    if (!r) throw bad("the range is a null object");
    const absolute = areaAddress(r.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `='${r.sheet.name.replace(/'/g, "''")}'!${absolute}`;
  }
  if (typeof source !== "string" || source === "") throw bad("a list rule needs a source");
  if (!source.startsWith("=")) {
    // Excel's own limit on an inline list ("Apply data validation to cells": 255 characters).
    if (source.length > 255) throw bad("an inline list is limited to 255 characters");
    return source;
  }
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(source);
  if (m) {
    const name = (m[1] ?? m[2]).replace(/''/g, "'").toLowerCase();
    if (!sheets.some((s) => s.name.toLowerCase() === name))
      throw bad(`${source} refers to a sheet that does not exist`);
  }
  return source;
}

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
    // A Range in the rule travels as a reference to its object path (a few bytes), as Office.js sends it.
    const payload = isRange(rule?.list?.source)
      ? { list: { ...rule.list, source: rule.list!.source.objectPath } }
      : rule;
    this.queue("rule = …", payload, () => {
      const source = listSource(this.ctx.state.sheets, rule?.list?.source);
      this.entry().rule = { ...rule, list: { ...rule.list, source } };
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
