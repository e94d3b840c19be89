/** @jest-environment jsdom */
import { copySelectedField, writeClipboard } from "../../src/taskpane/clipboard";

describe("writeClipboard", () => {
  it("writes the text and says it did", async () => {
    const written: string[] = [];
    await expect(
      writeClipboard('=POLICY.VALUE("x")', { writeText: async (t) => void written.push(t) }),
    ).resolves.toEqual({ copied: true });
    expect(written).toEqual(['=POLICY.VALUE("x")']);
  });

  it("reports the host's refusal instead of throwing", async () => {
    const refuse = async () => {
      throw new DOMException(
        "The Clipboard API has been blocked because of a permissions policy applied to the current document.",
        "NotAllowedError",
      );
    };
    await expect(writeClipboard("x", { writeText: refuse })).resolves.toEqual({
      copied: false,
      reason:
        "The Clipboard API has been blocked because of a permissions policy applied to the current document.",
    });
  });

  it("says so when there is no clipboard API at all", async () => {
    await expect(writeClipboard("x", undefined)).resolves.toEqual({
      copied: false,
      reason: "this host offers no clipboard API",
    });
  });
});

describe("copySelectedField", () => {
  it("selects the whole field and reports whether the browser copied it", () => {
    const field = document.createElement("textarea");
    field.value = "Witness, A. (2024).";
    document.body.appendChild(field);
    const commands: string[] = [];
    document.execCommand = (command: string) => {
      commands.push(command);
      return false;
    };
    expect(copySelectedField(field)).toBe(false);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(commands).toEqual(["copy"]);
    document.execCommand = () => true;
    expect(copySelectedField(field)).toBe(true);
    document.execCommand = () => {
      throw new Error("not supported");
    };
    expect(copySelectedField(field)).toBe(false);
  });
});
