import { sideloadInstructions } from "../../src/cli/start";

describe("sideloadInstructions", () => {
  const text = (os: string) =>
    sideloadInstructions("/repo/manifest.xml", "https://localhost:3000/taskpane.html", os);

  it("names the manifest, the preview URL and how to stop", () => {
    expect(text("linux")).toContain("Manifest:         /repo/manifest.xml");
    expect(text("linux")).toContain("Browser preview:  https://localhost:3000/taskpane.html");
    expect(text("linux")).toContain("Stop it with:     npm stop");
  });

  it("gives steps for Excel on the web, Windows and Mac", () => {
    const steps = text("darwin");
    expect(steps).toMatch(/Excel on the web[\s\S]*"Upload My Add-in", pick manifest\.xml/);
    expect(steps).toMatch(/Excel on Windows[\s\S]*Trusted Add-in Catalogs/);
    expect(steps).toMatch(
      /Excel on Mac[\s\S]*~\/Library\/Containers\/com\.microsoft\.Excel\/Data\/Documents\/wef\//,
    );
  });

  it("explains on Linux that sideloading is done by hand in Excel on the web", () => {
    expect(text("linux")).toMatch(
      /On Linux there is no desktop Excel[\s\S]*sideload by hand in Excel on the web/,
    );
    expect(text("win32")).not.toMatch(/On Linux/);
    expect(text("darwin")).not.toMatch(/On Linux/);
  });
});
