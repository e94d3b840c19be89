import type { LookupIndex } from "../core/lookup/buildIndex";

/**
 * Slices held per pieced dataset at most, and records over all of them (a LOOKUP of common
 * words holds many figures, each with its word stems); past either the memo starts again, as
 * LOOKUP's answers do.
 */
const MAX_SLICES = 5_000;
const MAX_RECORDS = 50_000;

interface Memo {
  slices: Map<string, Promise<LookupIndex | null>>;
  records: number;
}

const memos = new WeakMap<object, Memo>();

/**
 * The slice of the pieces `pieces` that answers `key` (a normalised id, or another call's key
 * starting with a space, which a trimmed id never does, so the two never meet), built once:
 * a recalculation repeats the same calls, and a slice is the same for the same pieces, so it is
 * neither read from its cached pieces nor indexed again, and LOOKUP's answers, cached per index
 * (lookupByMeaning), are found again. Concurrent calls share one build; a failed one (a fetch
 * that failed) is forgotten so the next call tries again.
 */
export function memoSlice(
  pieces: object,
  key: string,
  build: () => Promise<LookupIndex | null>,
): Promise<LookupIndex | null> {
  let memo = memos.get(pieces);
  if (!memo || memo.slices.size >= MAX_SLICES || memo.records >= MAX_RECORDS)
    memos.set(pieces, (memo = { slices: new Map(), records: 0 }));
  const held = memo.slices.get(key);
  if (held) return held;
  const built = build();
  const into = memo;
  into.slices.set(key, built);
  built.then(
    (index) => (into.records += index?.records.size ?? 0),
    () => {
      if (into.slices.get(key) === built) into.slices.delete(key);
    },
  );
  return built;
}
