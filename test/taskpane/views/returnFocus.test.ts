/** @jest-environment jsdom */
import { returnFocus } from "../../../src/taskpane/views/returnFocus";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("returnFocus", () => {
  afterEach(() => (document.body.innerHTML = ""));

  it("focuses an enabled control at once", () => {
    document.body.innerHTML = "<button id=a>Refresh</button>";
    returnFocus(document.getElementById("a"));
    expect(document.activeElement?.id).toBe("a");
  });

  it("waits for a disabled control to be enabled again", async () => {
    document.body.innerHTML = "<button id=a disabled>Refresh</button>";
    const button = document.getElementById("a") as HTMLButtonElement;
    returnFocus(button);
    await flush();
    expect(document.activeElement).toBe(document.body);
    button.disabled = false;
    await flush();
    expect(document.activeElement).toBe(button);
  });

  it("leaves the focus where the person put it while the control was disabled", async () => {
    document.body.innerHTML = "<button id=a disabled>Refresh</button><input id=b>";
    const button = document.getElementById("a") as HTMLButtonElement;
    returnFocus(button);
    document.getElementById("b")!.focus();
    button.disabled = false;
    await flush();
    expect(document.activeElement?.id).toBe("b");
  });

  it("does nothing for a control that left the page or was never there", () => {
    const gone = document.createElement("button");
    expect(() => returnFocus(gone)).not.toThrow();
    expect(() => returnFocus(null)).not.toThrow();
    expect(document.activeElement).toBe(document.body);
  });
});
