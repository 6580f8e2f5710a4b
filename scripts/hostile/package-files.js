// Hostile workbooks written as hand-made zips: what exceljs will not write (odd XML, huge declarations, entities).
"use strict";
const {
  HEADERS_EN,
  HEADERS_TH,
  INJECTION_STRINGS,
  esc,
  handMadePackage,
  sheetXml,
  trackerRows,
  validRow,
} = require("./common");

const tracker = (rows, opts) => sheetXml(trackerRows(rows), opts);

const FILES = [
  {
    name: "injection.xlsx",
    expect: "json",
    about:
      "formula-like text (= + - @ tab CR) in every text column of rows that pass the rules, an unknown department, and the sheet name",
    build: () => {
      const rows = INJECTION_STRINGS.map((text, i) =>
        validRow(i + 1, { 0: `ID${text}`, 1: text, 12: `remark ${text}` })
      );
      rows.push(validRow(99, { 2: INJECTION_STRINGS[0] }));
      return handMadePackage([{ name: "=SUM(1+1)", xml: tracker(rows) }]);
    },
  },
  {
    name: "inline-32767.xlsx",
    expect: "json",
    about: "inline strings of 32,767 characters (Excel's limit) and 40,000 (past it)",
    build: () =>
      handMadePackage([
        {
          name: "Tracker",
          xml: tracker([
            validRow(1, { 1: "ข".repeat(32767) }),
            validRow(2, { 12: "y".repeat(40000), 0: "z".repeat(32767) }),
          ]),
        },
      ]),
  },
  {
    name: "control-characters.xlsx",
    expect: "json",
    about:
      "control characters as _xHHHH_ escapes and character references, tab, CR, LF, DEL, BOM, zero-width",
    build: () => {
      const odd = (n) => ({
        xml: `<c r="{r}" t="inlineStr"><is><t xml:space="preserve">_x0001_ctl_x0007_${n}_x001F_&#9;tab&#13;cr&#10;lf\u007fdel\ufeffbom\u200bzw</t></is></c>`,
      });
      const id = { xml: `<c r="{r}" t="inlineStr"><is><t>_x0000_ID_x0008_-1</t></is></c>` };
      const dept = {
        xml: `<c r="{r}" t="inlineStr"><is><t>\u200bD\u200dO\u00adE\u00a0</t></is></c>`,
      };
      return handMadePackage([
        {
          name: "Tracker\u200b",
          xml: tracker([
            validRow(1, { 0: id, 1: odd(1), 2: dept, 12: odd(2) }),
            validRow(2, { 1: odd(3) }),
          ]),
        },
      ]);
    },
  },
  {
    name: "control-characters-raw.xlsx",
    expect: "either",
    about: "raw C0 control bytes inside sheet XML, which XML 1.0 forbids",
    build: () => {
      const raw = {
        xml: `<c r="{r}" t="inlineStr"><is><t>bad\u0001\u0002\u0008\u000b\u000c text</t></is></c>`,
      };
      return handMadePackage([
        { name: "Tracker", xml: tracker([validRow(1, { 1: raw }), validRow(2)]) },
      ]);
    },
  },
  {
    name: "long-sheet-names.xlsx",
    expect: "json",
    about:
      "sheet names of 255 characters, with []:*?/\\ that Excel forbids, duplicated up to case, and the reserved History",
    build: () =>
      handMadePackage([
        { name: "x".repeat(255), xml: sheetXml([["note"]]) },
        { name: "a[b]:c*d?e/f\\g", xml: sheetXml([["note"]]) },
        { name: "TRACKER", xml: sheetXml([["note"]]) },
        { name: "ติดตาม".repeat(40), xml: tracker([validRow(1), validRow(2)]) },
        { name: "tracker", xml: sheetXml([["note"]]) },
        { name: "History", xml: sheetXml([["note"]]) },
      ]),
  },
  {
    name: "wide-16384-columns.xlsx",
    expect: "json",
    about: "a used range 16,384 columns wide: a full last row and cells in column XFD",
    build: () => {
      const full = Array.from({ length: 16384 }, (_, c) => (c % 7 === 0 ? c : `c${c}`));
      const rows = trackerRows([validRow(1), validRow(2)]);
      rows[0] = [...rows[0], ...Array(16384 - rows[0].length - 1).fill(null), "XFD header"];
      rows.push(full);
      return handMadePackage([{ name: "Wide", xml: sheetXml(rows, { dimension: "A1:XFD4" }) }]);
    },
  },
  {
    name: "last-cell-XFD1048576.xlsx",
    expect: "json",
    about: "a tracker with one stray value in the very last cell of the sheet",
    build: () => {
      const xml = tracker([validRow(1), validRow(2)]).replace(
        "</sheetData>",
        `<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>stray</t></is></c><c r="A1048576" t="inlineStr"><is><t>H-last</t></is></c></row></sheetData>`
      );
      return handMadePackage([{ name: "Tracker", xml }]);
    },
  },
  {
    name: "shared-strings-huge-count.xlsx",
    expect: "json",
    about:
      "sharedStrings declaring 2^31-1 strings, a dimension of the whole sheet, out-of-range string indexes",
    build: () => {
      const headers = HEADERS_TH.map((h) => `<si><t>${esc(h)}</t></si>`).join("");
      const sharedStrings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2147483647" uniqueCount="2147483647">${headers}<si><t>DOE</t></si></sst>`;
      const s = (i) => ({ xml: `<c r="{r}" t="s"><v>${i}</v></c>` });
      const header = HEADERS_TH.map((_, i) => s(i));
      const rows = [
        header,
        validRow(1, { 2: s(HEADERS_TH.length) }),
        validRow(2, { 1: s(999999999), 2: s(-1), 12: s("abc") }),
      ];
      return handMadePackage(
        [{ name: "Tracker", xml: sheetXml(rows, { dimension: "A1:XFD1048576" }) }],
        { sharedStrings }
      );
    },
  },
  {
    name: "xml-external-entity.xlsx",
    expect: "either",
    about: "a DOCTYPE declaring an external entity (file:///etc/passwd) used in a cell (XXE)",
    build: () => {
      const prolog = `<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
      const cell = { xml: `<c r="{r}" t="inlineStr"><is><t>&xxe;</t></is></c>` };
      return handMadePackage([
        {
          name: "Tracker",
          xml: tracker([validRow(1, { 1: cell, 12: cell }), validRow(2)], { prolog }),
        },
      ]);
    },
  },
  {
    name: "entity-expansion.xlsx",
    expect: "either",
    about: "nested internal entities that expand to a billion characters (billion laughs)",
    build: () => {
      const levels = ['<!ENTITY l0 "lollollollollollollollollollol">'];
      for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
      const prolog = `<!DOCTYPE worksheet [${levels.join("")}]>`;
      const cell = { xml: `<c r="{r}" t="inlineStr"><is><t>&l9;</t></is></c>` };
      return handMadePackage([
        { name: "Tracker", xml: tracker([validRow(1, { 1: cell }), validRow(2)], { prolog }) },
      ]);
    },
  },
  {
    name: "whitespace-bomb.xlsx",
    expect: "either",
    about: "a sheet whose XML inflates to 32 MB of whitespace from a zip of a few kilobytes",
    build: () => {
      const xml = tracker([validRow(1), validRow(2)]).replace(
        "<sheetData>",
        `<sheetData>${" ".repeat(32 * 1024 * 1024)}`
      );
      return handMadePackage([{ name: "Tracker", xml }]);
    },
  },
  {
    name: "zip-slip-entry.xlsx",
    expect: "json",
    about:
      "a zip entry named ../../pyp-zip-slip-probe.txt beside a normal tracker (never extracted)",
    build: () =>
      handMadePackage([{ name: "Tracker", xml: tracker([validRow(1)]) }], {
        extraFiles: {
          "../../pyp-zip-slip-probe.txt": "escaped",
          "xl/../../pyp-zip-slip-probe2.txt": "escaped",
        },
      }),
  },
  {
    name: "rows-without-refs.xlsx",
    expect: "json",
    about:
      "rows and cells without r attributes, a dimension that lies, duplicated and out-of-order cells",
    build: () => {
      const plain = tracker([validRow(1), validRow(2), validRow(3)], { dimension: "A1:B2" })
        .replace(/<row r="\d+">/g, "<row>")
        .replace(/<c r="[A-Z]+\d+"/g, "<c");
      const messy = plain.replace(
        "</sheetData>",
        `<row r="9"><c r="C9" t="inlineStr"><is><t>DOE</t></is></c><c r="A9" t="inlineStr"><is><t>H-9</t></is></c><c r="A9" t="inlineStr"><is><t>H-9b</t></is></c></row><row r="7"><c r="A7" t="inlineStr"><is><t>H-7</t></is></c></row></sheetData>`
      );
      return handMadePackage([{ name: "Tracker", xml: messy }]);
    },
  },
  {
    name: "odd-cell-types.xlsx",
    expect: "json",
    about:
      "t=n with text, t=b with 2, t=e with an unknown code, t=d ISO dates, t=str, an empty <v/>",
    build: () => {
      const x = (xml) => ({ xml });
      return handMadePackage([
        {
          name: "Tracker",
          xml: tracker([
            validRow(1, {
              6: x(`<c r="{r}"><v>abc</v></c>`),
              10: x(`<c r="{r}" t="b"><v>2</v></c>`),
            }),
            validRow(2, {
              4: x(`<c r="{r}" t="d"><v>2026-01-15T00:00:00Z</v></c>`),
              11: x(`<c r="{r}" t="e"><v>#BOGUS!</v></c>`),
            }),
            validRow(3, {
              2: x(`<c r="{r}" t="str"><v>DOE</v></c>`),
              6: x(`<c r="{r}"><v/></c>`),
              10: x(`<c r="{r}" t="zz"><v>1</v></c>`),
            }),
          ]),
        },
      ]);
    },
  },
  {
    name: "date1904.xlsx",
    expect: "json",
    about: "the 1904 date system with date-formatted cells in numeric columns",
    build: () =>
      handMadePackage([{ name: "Tracker", xml: tracker([validRow(1), validRow(2)]) }], {
        workbookPr: 'date1904="1"',
      }),
  },
  {
    name: "nonstandard-part-names.xlsx",
    expect: "json",
    about: "a worksheet part named xl/worksheets/data.xml (legal, but not sheetN.xml)",
    build: () =>
      handMadePackage([
        {
          name: "Tracker",
          path: "xl/worksheets/data.xml",
          xml: tracker([validRow(1), validRow(2)]),
        },
      ]),
  },
  {
    name: "english-tracker-inline.xlsx",
    expect: "json",
    about: "a plain English tracker written by hand (control for the hand-made package itself)",
    build: () =>
      handMadePackage([{ name: "Tracker", xml: sheetXml([HEADERS_EN, validRow(1), validRow(2)]) }]),
  },
];

module.exports = { FILES };
