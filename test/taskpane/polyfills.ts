import { configure } from "@testing-library/dom";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoders @noble/hashes needs to hash the fixture dataset.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});

// jsdom has no layout, so nothing is ever resized: an observer that never fires is faithful.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, {
  ResizeObserver: globalThis.ResizeObserver ?? NoLayoutResizeObserver,
});

// Tabster (Fluent's focus manager, active once a view holds a Combobox or a TabList) takes over
// Tab and skips what it thinks is hidden: an element without offsetParent, or every element when
// the body has no size (a frame not shown); Tab would then leave the page. jsdom lays nothing
// out, so the body gets the size of a task pane and an element that is not `hidden` its parent
// as offsetParent (computing styles here would slow every query); nothing else gets a layout.
if (typeof document !== "undefined") {
  document.body.getBoundingClientRect = () => DOMRect.fromRect({ width: 320, height: 900 });
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.hidden || this.style.display === "none" ? null : this.parentElement;
    },
  });
}

// The suite shares two cores with browser and LibreOffice tests: give findBy* time to settle.
configure({ asyncUtilTimeout: 5000 });
