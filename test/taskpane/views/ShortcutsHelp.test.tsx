/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { ShortcutsHelp } from "../../../src/taskpane/views/ShortcutsHelp";
import { renderView } from "../renderView";

describe("ShortcutsHelp", () => {
  const realPlatform = Object.getOwnPropertyDescriptor(Navigator.prototype, "platform")!;
  afterEach(() => Object.defineProperty(Navigator.prototype, "platform", realPlatform));
  const onPlatform = (platform: string) =>
    Object.defineProperty(Navigator.prototype, "platform", {
      configurable: true,
      get: () => platform,
    });

  it("writes the keys as Option+Shift on a Mac, and says a text field keeps them", () => {
    onPlatform("MacIntel");
    renderView(<ShortcutsHelp />);
    expect(screen.getByText("Option+Shift+C")).toBeInTheDocument();
    expect(screen.queryByText("Alt+Shift+C")).toBeNull();
    expect(
      screen.getByText(/In a text field Option\+Shift\+letter types its character/),
    ).toBeInTheDocument();
  });

  it("writes the keys as Alt+Shift elsewhere", () => {
    onPlatform("Win32");
    renderView(<ShortcutsHelp />);
    expect(screen.getByText("Alt+Shift+C")).toBeInTheDocument();
    expect(screen.queryByText(/types its character/)).toBeNull();
  });
});
