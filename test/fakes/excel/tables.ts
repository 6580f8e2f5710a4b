// Tables (ListObjects) of the fake: per-sheet and workbook collections, header/data/totals ranges, names.
import { Area, intersects, parseArea, splitSheet } from "./address";
import { FakeClientObject, loadNames, sealed } from "./client-object";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError } from "./errors";
import { FakeRange } from "./range";
import { FakeTableRecord, FakeWorkbookState, newId, sheetById } from "./state";
import { FakeWorksheet } from "./worksheet";
import { itemNames } from "./worksheets";

const TABLE_PROPERTIES = ["name", "id", "showHeaders", "showTotals", "style"];

/** Excel's table-name rules: a letter, "_" or "\" first, then letters, digits, "_" or "."; unique ignoring case. */
function checkTableName(state: FakeWorkbookState, name: string, exceptId?: string): void {
  if (
    !/^[\p{L}_\\][\p{L}\p{M}\p{N}_.]{0,254}$/u.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Invalid table name "${name}".`);
  }
  // Excel.Table.name in @types/office-js defers to "Rename an Excel table" (support.microsoft.com/office/
  // fbf49a4f-82a3-43eb-8ba2-44d21233b114): "Use unique names. Duplicate names aren't allowed", ignoring
  // case — and a table's name lives among the workbook's defined names, so it may not repeat one.
  if (state.names.some((n) => n.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError(
      FakeErrorCode.itemAlreadyExists,
      `The name "${name}" is already a defined name of the workbook.`
    );
  }
  if (state.tables.some((t) => t.id !== exceptId && t.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeOfficeError(
      FakeErrorCode.itemAlreadyExists,
      `A table named "${name}" already exists.`
    );
  }
}

function tableData(table: FakeTableRecord, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = table[n as keyof FakeTableRecord];
  return out;
}

export class FakeTable extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly find: () => FakeTableRecord
  ) {
    super(ctx, path);
  }

  resolveTable(): FakeTableRecord {
    return this.find();
  }

  protected loadableProperties(): readonly string[] {
    return TABLE_PROPERTIES;
  }
  protected readProperties(names: readonly string[]): Record<string, unknown> {
    return tableData(this.find(), names);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }
  get showTotals(): boolean {
    return this.loadedValue("showTotals");
  }
  get style(): string {
    return this.loadedValue("style");
  }

  set name(name: string) {
    this.queue(`name = ${JSON.stringify(name)}`, name, () => {
      const table = this.find();
      checkTableName(this.ctx.state, name, table.id);
      table.name = name;
    });
  }
  set style(style: string) {
    this.queue(`style = ${JSON.stringify(style)}`, style, () => void (this.find().style = style));
  }
  set showTotals(show: boolean) {
    this.queue(`showTotals = ${show}`, show, () => {
      const table = this.find();
      if (table.showTotals !== show)
        table.area = { ...table.area, rows: table.area.rows + (show ? 1 : -1) };
      table.showTotals = show;
    });
  }

  get worksheet(): FakeWorksheet {
    return sealed(
      new FakeWorksheet(this.ctx, `${this.objectPath}.worksheet`, () =>
        sheetById(this.ctx.state, this.find().sheetId)
      )
    );
  }

  getRange(): FakeRange {
    return this.part("getRange()", (t) => t.area);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange()", (t) => (t.showHeaders ? { ...t.area, rows: 1 } : null));
  }
  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange()", (t) => {
      const top = t.showHeaders ? 1 : 0;
      const rows = t.area.rows - top - (t.showTotals ? 1 : 0);
      return { ...t.area, row: t.area.row + top, rows: Math.max(1, rows) };
    });
  }
  getTotalRowRange(): FakeRange {
    return this.part("getTotalRowRange()", (t) => {
      if (!t.showTotals)
        throw new FakeOfficeError(FakeErrorCode.invalidOperation, "The table has no totals row.");
      return { ...t.area, row: t.area.row + t.area.rows - 1, rows: 1 };
    });
  }

  private part(describe: string, pick: (t: FakeTableRecord) => Area | null): FakeRange {
    const sheetRef = this.worksheet;
    return sealed(
      new FakeRange(this.ctx, `${this.objectPath}.${describe}`, sheetRef, () => pick(this.find()))
    );
  }
}

export class FakeTableCollection extends FakeClientObject {
  private itemProxies: FakeTable[] | null = null;

  /** `sheet` null: the workbook's collection of all tables. */
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheet: FakeWorksheet | null
  ) {
    super(ctx, path);
  }

  protected loadableProperties(): readonly string[] {
    return [];
  }
  protected readProperties(): Record<string, unknown> {
    return {};
  }

  private scoped(): FakeTableRecord[] {
    if (!this.sheet) return this.ctx.state.tables;
    const id = this.sheet.resolveSheet().id;
    return this.ctx.state.tables.filter((t) => t.sheetId === id);
  }

  override load(props?: unknown): this {
    const names = itemNames(loadNames(props), TABLE_PROPERTIES, "TableCollection");
    for (const n of names) this.gate(`Table.${n}`, `load(items/${n})`);
    this.ctx.enqueueLoad(
      `${this.objectPath}.load(${names.join(",")})`,
      () => this.scoped().map((t) => ({ _id: t.id, ...tableData(t, names) })),
      (data) => {
        this.itemProxies = (data as Record<string, unknown>[]).map(({ _id, ...props }) => {
          const proxy = sealed(
            new FakeTable(this.ctx, `${this.objectPath}.items[${String(_id)}]`, () =>
              this.byId(String(_id))
            )
          );
          proxy.receive(props);
          return proxy;
        });
      }
    );
    return this;
  }

  get items(): FakeTable[] {
    if (!this.itemProxies)
      throw new FakeOfficeError(
        FakeErrorCode.propertyNotLoaded,
        "The property 'items' is not available."
      );
    return this.itemProxies;
  }

  getItem(name: string): FakeTable {
    return sealed(
      new FakeTable(this.ctx, `${this.objectPath}.getItem(${JSON.stringify(name)})`, () => {
        const t = this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t) throw new FakeOfficeError(FakeErrorCode.itemNotFound, `No table named "${name}".`);
        return t;
      })
    );
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let createdId: string | null = null;
    const proxy = sealed(
      new FakeTable(this.ctx, `${this.objectPath}.add(…)`, () => this.byId(createdId ?? ""))
    );
    this.queue(
      `add(${typeof address === "string" ? JSON.stringify(address) : address.objectPath}, ${hasHeaders})`,
      null,
      () => {
        const state = this.ctx.state;
        const sheet =
          typeof address === "string" ? this.sheet?.resolveSheet() : address.resolveTarget().sheet;
        if (!sheet)
          throw new FakeOfficeError(
            FakeErrorCode.invalidArgument,
            "Workbook-level add needs a sheet-qualified range."
          );
        const area =
          typeof address === "string"
            ? parseArea(splitSheet(address).local)
            : address.resolveTarget().areas[0];
        if (state.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, area))) {
          throw new FakeOfficeError(
            FakeErrorCode.invalidOperation,
            "A table can't overlap another table."
          );
        }
        let n = state.tables.length + 1;
        const taken = (lower: string) =>
          state.tables.some((t) => t.name.toLowerCase() === lower) ||
          state.names.some((x) => x.toLowerCase() === lower);
        while (taken(`table${n}`)) n++;
        createdId = newId(state, "table-");
        state.tables.push({
          id: createdId,
          name: `Table${n}`,
          sheetId: sheet.id,
          area,
          showHeaders: hasHeaders,
          showTotals: false,
          style: "TableStyleMedium2",
        });
      }
    );
    return proxy;
  }

  private byId(id: string): FakeTableRecord {
    const t = this.ctx.state.tables.find((x) => x.id === id);
    if (!t) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The table was deleted.");
    return t;
  }
}
