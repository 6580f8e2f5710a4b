// Request bytes as office.js serialises a batch: each action with its arguments, each object path once per request.

/*
 * Office.js sends a batch as {"Actions":[…],"ObjectPaths":{…}}: every queued action (a property set,
 * a method call, a load) with its arguments, and every object it reaches (range, format, font, …)
 * described once per request, with the action that instantiates it. Bases measured by serialising
 * batches with Microsoft's excel-web-16.00.js (@microsoft/office-js) through a custom send function:
 * a second property set on the same range costs 87 bytes besides its name and value, a method path
 * such as getRangeByIndexes(…) 164 besides its name and arguments, a property path such as format 130.
 * A hyperlink on a fresh cell comes to about 380 bytes, a format.font.bold set about 555.
 */
const ACTION_BYTES = 87;
const METHOD_PATH_BYTES = 164;
const PROPERTY_PATH_BYTES = 130;

/** Splits "a.b(\"x.y\").c = 1.5" into ["a", "b(\"x.y\")", "c = 1.5"]: dots inside quotes, brackets or after " = " do not split. */
export function describeSegments(describe: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < describe.length; i++) {
    const ch = describe[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (depth === 0 && ch === " " && describe.startsWith(" = ", i)) break;
    else if (depth === 0 && ch === ".") {
      segments.push(describe.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(describe.slice(start));
  return segments;
}

/** UTF-8 byte length without allocating (Thai text is 3 bytes a character). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function nameLength(segment: string): number {
  const end = segment.search(/[ ([]/);
  return end < 0 ? segment.length : end;
}

/** One queued operation, ready to be sized within whichever request carries it. */
export interface SizedOperation {
  /** Each object path the operation reaches, outermost first ("workbook", "workbook.worksheets", …). */
  readonly paths: readonly { readonly key: string; readonly bytes: number }[];
  /** The action itself: its name and serialised arguments. */
  readonly actionBytes: number;
}

/** `describe` is "path.action" as the fake logs it; `argumentBytes` the serialised value a property set carries. */
export function sizeOperation(describe: string, argumentBytes: number): SizedOperation {
  const segments = describeSegments(describe);
  const last = segments[segments.length - 1];
  // A method call names its arguments in the description; a property set ends in " = …".
  const equals = last.indexOf(" = ");
  const action = equals < 0 ? last : last.slice(0, equals);
  let key = "";
  const paths = segments.slice(0, -1).map((segment) => {
    key = key ? `${key}.${segment}` : segment;
    const name = nameLength(segment);
    const isMethod = segment.length > name;
    const bytes = isMethod ? METHOD_PATH_BYTES + utf8Bytes(segment) : PROPERTY_PATH_BYTES + name;
    return { key, bytes };
  });
  return { paths, actionBytes: ACTION_BYTES + utf8Bytes(action) + argumentBytes };
}

/** Bytes an operation adds to a request that has already described the paths in `described`. */
export function operationBytes(op: SizedOperation, described: Set<string>): number {
  let bytes = op.actionBytes;
  for (const path of op.paths) {
    if (described.has(path.key)) continue;
    described.add(path.key);
    bytes += path.bytes;
  }
  return bytes;
}
