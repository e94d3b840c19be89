import { parse } from "csv-parse/sync";
import { csvField, toCsv, toCsvLines } from "../../../src/core/dataset/toCsv";
import { fixtureDataset } from "../../fixtures/fixtureDataset";

describe("csvField", () => {
  it("leaves plain text and numbers bare", () => {
    expect(csvField("pill presses")).toBe("pill presses");
    expect(csvField(107000)).toBe("107000");
    expect(csvField(66.67)).toBe("66.67");
    expect(csvField(true)).toBe("true");
  });
  it("writes null as an empty field", () => {
    expect(csvField(null)).toBe("");
  });
  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvField("Los Angeles, San Francisco")).toBe('"Los Angeles, San Francisco"');
    expect(csvField('the "Chapitos"')).toBe('"the ""Chapitos"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });
  it.each([
    ["=1+1", `"'=1+1"`],
    ['=HYPERLINK("https://x.example","click")', `"'=HYPERLINK(""https://x.example"",""click"")"`],
    ["+1 202 555 0100", `"'+1 202 555 0100"`],
    ["-5 percent", `"'-5 percent"`],
    ["@SUM(A1:A9)", `"'@SUM(A1:A9)"`],
    ["\tcmd", `"'\tcmd"`],
    ["\rcmd", `"'\rcmd"`],
  ])("neutralises text a spreadsheet would evaluate: %j", (text, field) => {
    expect(csvField(text)).toBe(field);
  });
  it("leaves numbers, including negative ones, and inner = or - alone", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(-0.25)).toBe("-0.25");
    expect(csvField("a = b")).toBe("a = b");
    expect(csvField("2023-09")).toBe("2023-09");
  });
  it("writes very large numbers without an exponent", () => {
    expect(csvField(1e21)).toBe("1000000000000000000000");
  });
});

describe("toCsv", () => {
  it("writes a header of column keys and one CRLF-terminated row per record", () => {
    const d = fixtureDataset();
    const seizures = d.tables.find((t) => t.id === "seizures")!;
    expect(toCsv(d, seizures)).toBe(
      "\uFEFFmetric,value,unit,period.text,source.quote\r\n" +
        'pill presses seized,3600,pill_presses,FY 2023,"In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency."\r\n' +
        'currency seized,16000000,USD,FY 2023,"In FY 2023, DHS seized more than 3,600 pill presses and $16 million in currency."\r\n',
    );
  });
  it("keeps partial dates as ISO strings", () => {
    const d = fixtureDataset((x) => {
      x.events[0].date = "2023-12";
      x.events[0].precision = "month";
    });
    const timeline = d.tables.find((t) => t.id === "timeline")!;
    expect(toCsv(d, timeline).split("\r\n")[1]).toMatch(/^2023-12,/);
  });
  it("starts with a UTF-8 byte order mark that csv-parse's bom option strips", () => {
    const d = fixtureDataset((x) => (x.figures[3].metric = "Peña’s seizures, café ó"));
    const csv = toCsv(
      d,
      d.tables.find((t) => t.id === "seizures")!,
    );
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])[0]).toBe("metric");
    expect(rows.map((r) => r.metric)).toContain("Peña’s seizures, café ó");
  });
  it("writes only the chosen columns and rows, in the chosen order, when shaped", () => {
    const d = fixtureDataset();
    const seizures = d.tables.find((t) => t.id === "seizures")!;
    const [first, second] = seizures.rows;
    expect(toCsv(d, seizures, { columns: ["value", "metric"], rowIds: [second, first] })).toBe(
      "\uFEFFvalue,metric\r\n16000000,currency seized\r\n3600,pill presses seized\r\n",
    );
  });
  it("neutralises formula text in a shaped table too", () => {
    const d = fixtureDataset(
      (x) =>
        (x.figures.find((f) => f.metric === "pill presses seized")!.metric = '=HYPERLINK("x")'),
    );
    const seizures = d.tables.find((t) => t.id === "seizures")!;
    expect(toCsv(d, seizures, { columns: ["metric"] })).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it("writes the id and source columns the pane offers besides the table's own", () => {
    const d = fixtureDataset();
    const seizures = d.tables.find((t) => t.id === "seizures")!;
    const lines = toCsv(d, seizures, { columns: ["id", "source.title"] }).split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,source.title");
    expect(lines[1]).toBe(`${seizures.rows[0]},Testimony on fentanyl`);
  });
  it("refuses a row the table does not list, naming it", () => {
    const d = fixtureDataset();
    const seizures = d.tables.find((t) => t.id === "seizures")!;
    expect(() => toCsv(d, seizures, { rowIds: ["nope"] })).toThrow(
      'Table "seizures" has no row "nope".',
    );
  });
});

describe("toCsvLines", () => {
  it("yields the table's CSV a line at a time, joining to toCsv's text", () => {
    const dataset = fixtureDataset();
    for (const table of dataset.tables) {
      const lines = [...toCsvLines(dataset, table)];
      expect(lines).toHaveLength(table.rows.length + 1);
      expect(lines.every((l) => l.endsWith("\r\n"))).toBe(true);
      expect(lines.join("")).toBe(toCsv(dataset, table));
    }
  });

  it("names a row the table lacks before yielding anything", () => {
    const dataset = fixtureDataset();
    const lines = toCsvLines(dataset, dataset.tables[0], { rowIds: ["no-such-row"] });
    expect(() => lines.next()).toThrow(/has no row "no-such-row"/);
  });
});
