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

// The suite shares two cores with browser and LibreOffice tests: give findBy* time to settle.
configure({ asyncUtilTimeout: 5000 });
