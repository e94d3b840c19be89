import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoders @noble/hashes needs to hash the fixture dataset.
Object.assign(globalThis, {
  TextEncoder: globalThis.TextEncoder ?? TextEncoder,
  TextDecoder: globalThis.TextDecoder ?? TextDecoder,
});
