// RangeFormat of the fake: font, fill, borders, alignment, widths and heights, applied per cell at sync.
import { Area, forEachCell } from "./address";
import { checkCellLimit } from "./cells";
import { FakeClientObject, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeSheet, FakeWorkbookState, cellKey, checkColor } from "./state";

/** The cells a format object works on: one or more areas of one sheet, resolved at sync time. */
export interface CellTarget {
  resolveTarget(): { sheet: FakeSheet; areas: Area[] };
}

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid ${what} "${String(value)}".`);
  }
  return value;
}

function eachCell(
  state: FakeWorkbookState,
  target: CellTarget,
  what: string,
  fn: (sheet: FakeSheet, key: string) => void
): void {
  const { sheet, areas } = target.resolveTarget();
  for (const area of areas) {
    checkCellLimit(state, area, what);
    forEachCell(area, (r, c) => fn(sheet, cellKey(r, c)));
  }
}

function setStyle(
  state: FakeWorkbookState,
  target: CellTarget,
  path: string,
  value: unknown
): void {
  eachCell(state, target, path, (sheet, key) => {
    const style = sheet.styles.get(key) ?? {};
    style[path] = value;
    sheet.styles.set(key, style);
  });
}

/** Uniform value over the target's cells, or null when they differ (as Office reports mixed formats). */
function uniform<T>(target: CellTarget, read: (sheet: FakeSheet, key: string) => T): T | null {
  const { sheet, areas } = target.resolveTarget();
  let first: { v: T } | null = null;
  let mixed = false;
  for (const area of areas) {
    forEachCell(area, (r, c) => {
      const v = read(sheet, cellKey(r, c));
      if (!first) first = { v };
      else if (first.v !== v) mixed = true;
    });
  }
  return mixed || !first ? null : (first as { v: T }).v;
}

abstract class FormatPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    protected readonly target: CellTarget
  ) {
    super(ctx, path);
  }
  protected styleProp(
    prop: string,
    value: unknown,
    check: (v: unknown) => unknown = (v) => v
  ): void {
    // The description names the property on this object ("bold"), the style map keeps its full path.
    const name = prop.slice(prop.lastIndexOf(".") + 1);
    this.queue(`${name} = ${JSON.stringify(value)}`, value, () =>
      setStyle(this.ctx.state, this.target, prop, check(value))
    );
  }
  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(_names: readonly string[]): Record<string, unknown> | null {
    return {};
  }
}

export class FakeRangeFont extends FormatPart {
  set name(v: string) {
    this.styleProp("font.name", v);
  }
  set size(v: number) {
    this.styleProp("font.size", v, (x) => {
      if (typeof x !== "number" || x < 1 || x > 409)
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Invalid font size.");
      return x;
    });
  }
  set bold(v: boolean) {
    this.styleProp("font.bold", v);
  }
  set italic(v: boolean) {
    this.styleProp("font.italic", v);
  }
  set underline(v: string) {
    this.styleProp("font.underline", v, (x) =>
      oneOf(x, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"], "underline")
    );
  }
  set color(v: string) {
    this.styleProp("font.color", v, checkColor);
  }
}

export class FakeRangeFill extends FormatPart {
  set color(v: string) {
    this.queue(`color = ${JSON.stringify(v)}`, v, () => {
      const color = checkColor(v);
      eachCell(this.ctx.state, this.target, "fill.color", (sheet, key) =>
        sheet.fills.set(key, { color, pattern: "Solid", patternColor: null })
      );
    });
  }
  set pattern(v: string) {
    this.queue(`pattern = ${JSON.stringify(v)}`, v, () => {
      eachCell(this.ctx.state, this.target, "fill.pattern", (sheet, key) => {
        const old = sheet.fills.get(key);
        if (v === "None") sheet.fills.delete(key);
        else
          sheet.fills.set(key, {
            color: old?.color ?? "#FFFFFF",
            pattern: v,
            patternColor: old?.patternColor ?? null,
          });
      });
    });
  }
  set patternColor(v: string) {
    this.queue(`patternColor = ${JSON.stringify(v)}`, v, () => {
      const color = checkColor(v);
      eachCell(this.ctx.state, this.target, "fill.patternColor", (sheet, key) => {
        const old = sheet.fills.get(key);
        if (old) sheet.fills.set(key, { ...old, patternColor: color });
      });
    });
  }
  clear(): void {
    this.queue("clear()", null, () =>
      eachCell(this.ctx.state, this.target, "fill.clear", (sheet, key) => sheet.fills.delete(key))
    );
  }
  protected override loadableProperties(): readonly string[] {
    return ["color", "pattern", "patternColor"];
  }
  protected override readProperties(names: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Excel reports a cell without fill as white with pattern "None".
    if (names.includes("color"))
      out.color = uniform(this.target, (s, k) => s.fills.get(k)?.color ?? "#FFFFFF");
    if (names.includes("pattern"))
      out.pattern = uniform(this.target, (s, k) => s.fills.get(k)?.pattern ?? "None");
    if (names.includes("patternColor"))
      out.patternColor = uniform(this.target, (s, k) => s.fills.get(k)?.patternColor ?? null);
    return out;
  }
  get color(): string {
    return this.loadedValue("color");
  }
  get pattern(): string {
    return this.loadedValue("pattern");
  }
  get patternColor(): string {
    return this.loadedValue("patternColor");
  }
}

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class FakeRangeBorder extends FormatPart {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    target: CellTarget,
    private readonly index: string
  ) {
    super(ctx, path, target);
  }
  set style(v: string) {
    this.style2("style", v, (x) =>
      oneOf(
        x,
        ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"],
        "border style"
      )
    );
  }
  set weight(v: string) {
    this.style2("weight", v, (x) =>
      oneOf(x, ["Hairline", "Thin", "Medium", "Thick"], "border weight")
    );
  }
  set color(v: string) {
    this.style2("color", v, checkColor);
  }
  private style2(prop: string, v: unknown, check: (x: unknown) => unknown): void {
    super.styleProp(`border.${this.index}.${prop}`, v, check);
  }
}

export class FakeRangeBorders extends FormatPart {
  override get excelType(): string {
    return "RangeBorderCollection";
  }
  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index))
      throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid border index "${index}".`);
    return sealed(
      new FakeRangeBorder(this.ctx, `${this.objectPath}.getItem("${index}")`, this.target, index)
    );
  }
}

export class FakeRangeFormat extends FormatPart {
  readonly font = sealed(new FakeRangeFont(this.ctx, `${this.objectPath}.font`, this.target));
  readonly fill = sealed(new FakeRangeFill(this.ctx, `${this.objectPath}.fill`, this.target));
  readonly borders = sealed(
    new FakeRangeBorders(this.ctx, `${this.objectPath}.borders`, this.target)
  );

  set horizontalAlignment(v: string) {
    this.styleProp("horizontalAlignment", v, (x) =>
      oneOf(
        x,
        [
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ],
        "horizontal alignment"
      )
    );
  }
  set verticalAlignment(v: string) {
    this.styleProp("verticalAlignment", v, (x) =>
      oneOf(x, ["Top", "Center", "Bottom", "Justify", "Distributed"], "vertical alignment")
    );
  }
  set wrapText(v: boolean) {
    this.styleProp("wrapText", v);
  }
  set indentLevel(v: number) {
    this.styleProp("indentLevel", v, (x) => {
      if (typeof x !== "number" || x < 0 || x > 250)
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Invalid indent.");
      return x;
    });
  }
  set columnWidth(v: number) {
    this.queue(`columnWidth = ${v}`, v, () => {
      if (typeof v !== "number" || v < 0)
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Invalid column width.");
      const { sheet, areas } = this.target.resolveTarget();
      for (const a of areas)
        for (let c = a.column; c < a.column + a.columns; c++) sheet.columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.queue(`rowHeight = ${v}`, v, () => {
      if (typeof v !== "number" || v < 0 || v > 409)
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, "Invalid row height.");
      const { sheet, areas } = this.target.resolveTarget();
      for (const a of areas)
        for (let r = a.row; r < a.row + a.rows; r++) sheet.rowHeights.set(r, v);
    });
  }
  autofitColumns(): void {
    this.queue("autofitColumns()", null, () => void this.target.resolveTarget());
  }
  autofitRows(): void {
    this.queue("autofitRows()", null, () => void this.target.resolveTarget());
  }
}
