/**
 * The text of JSON.stringify(value, null, 2), in pieces: the top `expand` levels of objects and
 * arrays are cut at their members, deeper values are stringified whole. Joined, the chunks are
 * exactly JSON.stringify's output, but no one string holds it all: V8 caps a string near 512 MB,
 * which a pretty-printed corpus of about 17,000 documents passes.
 * @example [...prettyJsonChunks({ a: [1] })].join("") === JSON.stringify({ a: [1] }, null, 2)
 */
export function* prettyJsonChunks(value: unknown, expand = 2, indent = ""): Generator<string> {
  const inner = indent + "  ";
  if (expand > 0 && Array.isArray(value)) {
    if (value.length === 0) return yield "[]";
    for (let i = 0; i < value.length; i++) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      // JSON.stringify writes null for array members it cannot represent.
      yield* representable(value[i]) ? prettyJsonChunks(value[i], expand - 1, inner) : ["null"];
    }
    return yield `\n${indent}]`;
  }
  if (expand > 0 && isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => representable(value[k]));
    if (keys.length === 0) return yield "{}";
    for (const [i, key] of keys.entries()) {
      yield `${i === 0 ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
      yield* prettyJsonChunks(value[key], expand - 1, inner);
    }
    return yield `\n${indent}}`;
  }
  // A string escapes its line breaks, so every raw line break is the layout's own.
  yield (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

function representable(v: unknown): boolean {
  return v !== undefined && typeof v !== "function" && typeof v !== "symbol";
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function"
  );
}

/**
 * The text of JSON.stringify(value) (no indent) in pieces, cut as prettyJsonChunks cuts it: a
 * table's piece is written record by record instead of as one string of the whole table.
 * @example [...jsonChunks({ a: [1, 2] })].join("") === JSON.stringify({ a: [1, 2] })
 */
export function* jsonChunks(value: unknown, expand = 2): Generator<string> {
  if (expand > 0 && Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      yield* representable(value[i]) ? jsonChunks(value[i], expand - 1) : ["null"];
    }
    return yield "]";
  }
  if (expand > 0 && isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => representable(value[k]));
    yield "{";
    for (const [i, key] of keys.entries()) {
      yield `${i === 0 ? "" : ","}${JSON.stringify(key)}:`;
      yield* jsonChunks(value[key], expand - 1);
    }
    return yield "}";
  }
  yield JSON.stringify(value) ?? "null";
}
