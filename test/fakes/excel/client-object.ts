// Base of the fake's proxies: load() names properties, reads before load+sync throw PropertyNotLoaded.
import { apiSetOf, hostHas } from "./api-sets";
import { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, apiNotFound, propertyNotLoaded } from "./errors";

/** Property names of a load() call: "a,b", ["a", "b"] or { select: "a,b" }. */
export function loadNames(props: unknown): string[] {
  const raw =
    typeof props === "string"
      ? props
      : Array.isArray(props)
        ? props.join(",")
        : typeof props === "object" &&
            props !== null &&
            typeof (props as { select?: unknown }).select === "string"
          ? (props as { select: string }).select
          : "";
  const names = raw
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (names.length === 0) {
    // Office would load every scalar property; the project's rule is to always name them.
    throw new Error(
      "fake Excel: load() must name the properties it needs (explicit property lists)"
    );
  }
  return names;
}

export abstract class FakeClientObject {
  private loaded: Record<string, unknown> | null = null;

  /**
   * The Excel type this proxy stands for, as @types/office-js names it ("RangeFormat"): its members are
   * gated by the API-set table. Classes whose name is not "Fake" + the Excel name override it.
   */
  get excelType(): string {
    return this.constructor.name.replace(/^Fake/, "");
  }

  protected constructor(
    protected readonly ctx: FakeRequestContext,
    /** Readable description such as `worksheets.getItem("Data").getRange("A1")`, used in errors. */
    readonly objectPath: string
  ) {}

  /** The scalar properties `load` accepts. */
  protected abstract loadableProperties(): readonly string[];
  /** Reads the named properties from the workbook at sync time; null when this is a null object. */
  protected abstract readProperties(names: readonly string[]): Record<string, unknown> | null;

  load(props?: unknown): this {
    const names = loadNames(props);
    for (const n of names) this.gateMember(n.replace(/^items\//, ""), `load(${n})`);
    const allowed = this.loadableProperties();
    const unknown = names.filter((n) => !allowed.includes(n));
    if (unknown.length) {
      throw new FakeOfficeError(
        FakeErrorCode.invalidArgument,
        `Cannot load ${unknown.join(", ")} on ${this.constructor.name}.`
      );
    }
    this.ctx.enqueueLoad(
      `${this.objectPath}.load(${names.join(",")})`,
      () => this.readProperties(names),
      (data) => {
        this.loaded =
          data === null
            ? { isNullObject: true }
            : { ...(data as Record<string, unknown>), isNullObject: false };
      }
    );
    return this;
  }

  /** Loaded data arriving through a collection load. */
  receive(data: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...data, isNullObject: false };
  }

  get isNullObject(): boolean {
    return this.loadedValue<boolean>("isNullObject");
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded || !(property in this.loaded)) {
      if (this.loaded?.isNullObject === true) {
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          `${this.objectPath} is a null object; check isNullObject first.`
        );
      }
      throw propertyNotLoaded(this.constructor.name, property);
    }
    return this.loaded[property] as T;
  }

  /**
   * A member above the host's ExcelApi version (by the typings' table) fails the request at `sync` with
   * ApiNotFound, as Office answers: the JavaScript library has every member, the host refuses the call.
   * Called by `sealed` for every property read, write or method a caller touches on a proxy.
   */
  gateMember(member: string, describe = member): void {
    this.gate(`${this.excelType}.${member}`, describe);
  }

  /** The gate for a member named with its type, e.g. "Worksheet.tabColor" loaded through a collection. */
  protected gate(name: string, describe: string): void {
    if (this.ctx.applying) return; // the fake's own reads while applying a request are not calls
    if (hostHas(name, this.ctx.state.excelApiMinor)) return;
    const error = apiNotFound(name, apiSetOf(name) ?? "an unsupported set");
    this.ctx.enqueue(`${this.objectPath}.${describe}`, null, () => {
      throw error;
    });
  }

  /**
   * Guards a member reached other than through a proxy property (e.g. an item of a collection load):
   * its set comes from the typings' table. `minor`, when given, must agree with the table — it is a
   * reader's note, never the source.
   */
  protected requireApi(minorOrMember: number | string, member?: string): void {
    const name = typeof minorOrMember === "string" ? minorOrMember : member!;
    const set = apiSetOf(name);
    if (set === undefined) throw new Error(`fake Excel: ${name} is not in the API-set table`);
    if (typeof minorOrMember === "number" && set !== `ExcelApi 1.${minorOrMember}`)
      throw new Error(`fake Excel: ${name} is ${set} in the typings, not 1.${minorOrMember}`);
    if (!hostHas(name, this.ctx.state.excelApiMinor)) throw apiNotFound(name, set);
  }

  protected queue(describe: string, payload: unknown, apply: () => void): void {
    this.ctx.enqueue(`${this.objectPath}.${describe}`, payload, apply);
  }

  toJSON(): Record<string, unknown> {
    return { ...(this.loaded ?? {}) };
  }
}

/**
 * Makes a proxy non-extensible, so a misspelt property assignment throws instead of passing silently,
 * and routes every member a caller touches through the API-set gate of its Excel type.
 */
export function sealed<T extends object>(proxy: T): T {
  Object.preventExtensions(proxy);
  if (!(proxy instanceof FakeClientObject)) return proxy;
  return new Proxy(proxy, {
    get(target, prop, receiver) {
      if (typeof prop === "string") target.gateMember(prop);
      return Reflect.get(target, prop, receiver) as unknown;
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "string") target.gateMember(prop, `${prop} = …`);
      return Reflect.set(target, prop, value, receiver);
    },
  });
}
