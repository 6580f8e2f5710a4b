// Base of the fake's proxies: load() names properties, reads before load+sync throw PropertyNotLoaded.
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

  /** Guards a member above the host's requirement sets: the request fails at sync, as in Office. */
  protected requireApi(minor: number, member: string): void {
    if (this.ctx.state.excelApiMinor < minor) throw apiNotFound(member, `ExcelApi 1.${minor}`);
  }

  protected queue(describe: string, payload: unknown, apply: () => void): void {
    this.ctx.enqueue(`${this.objectPath}.${describe}`, payload, apply);
  }

  toJSON(): Record<string, unknown> {
    return { ...(this.loaded ?? {}) };
  }
}

/** Makes a proxy non-extensible, so a misspelt property assignment throws instead of passing silently. */
export function sealed<T extends object>(proxy: T): T {
  return Object.preventExtensions(proxy);
}
