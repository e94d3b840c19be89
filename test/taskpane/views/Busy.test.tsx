/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen } from "@testing-library/react";
import { BAR_AFTER_MS, Busy } from "../../../src/taskpane/views/Busy";
import { renderView } from "../renderView";

describe("Busy", () => {
  afterEach(() => jest.useRealTimers());

  it("says what is under way at once, and shows the moving bar only for a wait that lasts", async () => {
    jest.useFakeTimers();
    renderView(<Busy label="Loading the dataset…" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the dataset…");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(BAR_AFTER_MS - 1));
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(1));
    jest.useRealTimers();
    expect(
      await screen.findByRole("progressbar", { name: "Loading the dataset…" }),
    ).toBeInTheDocument();
  });
});
