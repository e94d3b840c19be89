/** @jest-environment jsdom */
import { focusWhenShown } from "../../src/taskpane/focusWhenShown";

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("focusWhenShown", () => {
  afterEach(() => (document.body.innerHTML = ""));

  it("focuses the element at once when it is already shown", () => {
    document.body.innerHTML = "<h2 id=record tabindex=-1>Record</h2>";
    focusWhenShown(document, "record");
    expect(document.activeElement?.id).toBe("record");
  });

  it("focuses the element once it is added to the page", async () => {
    document.body.innerHTML = "<p>Loading…</p>";
    focusWhenShown(document, "record");
    await flush();
    expect(document.activeElement).toBe(document.body);
    document.body.innerHTML = "<div><h2 id=record tabindex=-1>Record</h2></div>";
    await flush();
    expect(document.activeElement?.id).toBe("record");
  });

  it("takes the focus from the control that asked, once the element replaces it", async () => {
    document.body.innerHTML = "<button id=trace>Trace</button>";
    (document.getElementById("trace") as HTMLButtonElement).focus();
    focusWhenShown(document, "record");
    document.body.insertAdjacentHTML("beforeend", "<p>Loading…</p>");
    await flush();
    expect(document.activeElement?.id).toBe("trace");
    document.body.innerHTML = "<h2 id=record tabindex=-1>Record</h2>";
    await flush();
    expect(document.activeElement?.id).toBe("record");
  });

  it("leaves the focus where the person put it meanwhile", async () => {
    document.body.innerHTML = "<button id=other>Other</button>";
    focusWhenShown(document, "record");
    (document.getElementById("other") as HTMLButtonElement).focus();
    document.body.insertAdjacentHTML("beforeend", "<h2 id=record tabindex=-1>Record</h2>");
    await flush();
    expect(document.activeElement?.id).toBe("other");
    // Nor later, once the element is shown again.
    document.getElementById("other")!.remove();
    document.body.insertAdjacentHTML("beforeend", "<p>more</p>");
    await flush();
    expect(document.activeElement).toBe(document.body);
  });
});
