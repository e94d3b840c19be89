import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { ICON_SIZES, renderIcons } from "../../src/cli/renderIcons";

const ASSETS = join(__dirname, "../../assets");

describe("renderIcons", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pt-icons-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("renders every size the manifest uses, identical to the committed assets/", () => {
    const files = renderIcons(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(
      ICON_SIZES.map((s) => `icon-${s}.png`),
    );
    for (const size of ICON_SIZES) {
      const fresh = PNG.sync.read(readFileSync(join(dir, `icon-${size}.png`)));
      const committed = PNG.sync.read(readFileSync(join(ASSETS, `icon-${size}.png`)));
      expect([size, fresh.width, fresh.height]).toEqual([size, size, size]);
      expect([size, Buffer.compare(fresh.data, committed.data)]).toEqual([size, 0]);
    }
  });

  it("draws the artwork at every size: brand header, badge colour, transparent corners", () => {
    for (const size of ICON_SIZES) {
      const png = PNG.sync.read(readFileSync(join(ASSETS, `icon-${size}.png`)));
      const colours = new Set<string>();
      for (let i = 0; i < png.data.length; i += 4) {
        if (png.data[i + 3] === 255) colours.add(png.data.subarray(i, i + 3).toString("hex"));
      }
      expect([size, colours.has("0b6e69"), colours.has("f2a900")]).toEqual([size, true, true]);
      expect([size, png.data[3]]).toEqual([size, 0]);
    }
  });
});
