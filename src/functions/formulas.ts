import type { policyFormulas } from "../core/lookup/policyFormulas";

let loading: Promise<typeof policyFormulas> | undefined;

/**
 * The POLICY functions' core, loaded on the first call. The shared runtime loads this entry
 * with the task pane, which opens without ever calling a function; a workbook that does call
 * them fetches this chunk once, beside the dataset it needs anyway.
 */
export function formulas(): Promise<typeof policyFormulas> {
  loading ??= import(/* webpackChunkName: "formulas" */ "../core/lookup/policyFormulas").then(
    (m) => m.policyFormulas,
    (error: unknown) => {
      loading = undefined; // the next call tries again
      throw error;
    },
  );
  return loading;
}
