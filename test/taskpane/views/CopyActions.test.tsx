/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { findRecord } from "../../../src/core/lookup/findFigure";
import { CopyActions } from "../../../src/taskpane/views/CopyActions";
import { fixture, renderView } from "../renderView";

const ID = "dhs-currency-seized-fy2023";

function setup() {
  const { index } = fixture();
  const found = findRecord(index, ID);
  renderView(
    <>
      <button>Before</button>
      <CopyActions found={found} source={index.sources.get(found.record.source.doc)} />
    </>,
  );
  return userEvent.setup();
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

describe("CopyActions", () => {
  let copied: string[];
  let selectionCopies: boolean;
  beforeEach(() => {
    copied = [];
    selectionCopies = false;
    document.execCommand = () => selectionCopies;
  });

  it("copies the formula from the keyboard and confirms it in a live region", async () => {
    const user = setup();
    stubClipboard(async (t) => void copied.push(t));
    screen.getByRole("button", { name: "Before" }).focus();
    await user.tab();
    expect(screen.getByRole("button", { name: `Copy formula ${ID}` })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(copied).toEqual([`=POLICY.VALUE("${ID}")`]);
    const confirmation = await screen.findByText(`Copied the formula =POLICY.VALUE("${ID}").`);
    expect(confirmation.closest("[aria-live]")).toHaveAttribute("aria-live", "polite");
  });

  it("copies the value with its sentence and citation", async () => {
    const user = setup();
    stubClipboard(async (t) => void copied.push(t));
    await user.click(screen.getByRole("button", { name: `Copy value with citation ${ID}` }));
    expect(copied[0]).toMatch(
      /^currency seized: \$16,000,000 \(FY 2023\)\. “In FY 2023, .*” Source: A\. Witness/,
    );
    await screen.findByText("Copied the value with its citation.");
  });

  it("copies the citation in the chosen style, APA first", async () => {
    const user = setup();
    stubClipboard(async (t) => void copied.push(t));
    const copyCitation = screen.getByRole("button", { name: `Copy citation ${ID}` });
    await user.click(copyCitation);
    await user.selectOptions(
      screen.getByRole("combobox", { name: `Citation style for ${ID}` }),
      "Chicago (bibliography)",
    );
    await user.click(copyCitation);
    expect(copied).toEqual([
      "Witness, A. (2024, March 20). Testimony on fentanyl. Senate. https://example.org/testimony",
      'Witness, A. "Testimony on fentanyl." Senate, March 20, 2024. https://example.org/testimony.',
    ]);
    await screen.findByText("Copied the Chicago (bibliography) citation.");
    expect(copyCitation).toHaveFocus();
  });

  it("when the clipboard is refused, shows the text selected to copy by hand; Close returns the focus", async () => {
    const user = setup();
    stubClipboard(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    const button = screen.getByRole("button", { name: `Copy formula ${ID}` });
    await user.click(button);
    const field = await screen.findByRole("textbox", {
      name: `Text of the formula =POLICY.VALUE("${ID}")`,
    });
    expect(field).toHaveValue(`=POLICY.VALUE("${ID}")`);
    expect(field).toHaveFocus();
    const f = field as HTMLTextAreaElement;
    expect([f.selectionStart, f.selectionEnd]).toEqual([0, f.value.length]);
    expect(
      screen.getByText(/did not let the pane use the clipboard \(Write permission denied\.\)/),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("closes the copy-by-hand field on Escape, returning the focus to the button", async () => {
    const user = setup();
    stubClipboard(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    const button = screen.getByRole("button", { name: `Copy formula ${ID}` });
    await user.click(button);
    const field = await screen.findByRole("textbox", { name: /^Text of the formula/ });
    expect(field).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it("when the clipboard is refused but the selection copies, confirms and gives the focus back", async () => {
    selectionCopies = true;
    const user = setup();
    stubClipboard(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    const button = screen.getByRole("button", { name: `Copy formula ${ID}` });
    await user.click(button);
    await screen.findByText(
      /Copied the formula .* \(from the selected text: the clipboard API was refused\)\./,
    );
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });
});
