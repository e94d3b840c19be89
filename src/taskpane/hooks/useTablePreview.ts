import { useMemo, useState } from "react";
import { tableRecords } from "../../core/dataset/tableRecords";
import {
  filterClauses,
  filterFields,
  policyTableFormula,
  type ColumnFilter,
} from "../../core/layout/columnFilters";
import { comparisonHint } from "../../core/layout/comparisonHint";
import type { Column, Dataset, Table } from "../../core/dataset/schema";
import { planTable, type CellPlan } from "../../core/layout/planTable";
import { availableColumns } from "../../core/layout/tableColumns";
import type { InsertTarget, WorkbookActions } from "../workbook";
import type { CatalogViewState } from "./useCatalogView";

/**
 * The opened table's preview: the engine's own plan for the person's choice (columns, filter,
 * sort), so what they see is exactly what "Insert" writes; the columns to choose from; and
 * what changes the choice or inserts it.
 */
export function useTablePreview(
  dataset: Dataset,
  table: Table,
  catalog: CatalogViewState,
  actions: WorkbookActions,
) {
  const { choice, setChoice, setAction } = catalog;
  const columns: Column[] = useMemo(() => availableColumns(dataset, table.id), [dataset, table]);
  const preview = useMemo((): { plan: CellPlan } | { error: unknown } => {
    try {
      return { plan: planTable(dataset, table.id, choice) };
    } catch (error) {
      return { error };
    }
  }, [dataset, table, choice]);
  const chosenKeys = "plan" in preview ? preview.plan.columns.map((c) => c.key) : [];
  const toggleColumn = (key: string, on: boolean) => {
    // Keep the order on screen; a column ticked again goes to the end, as in Excel.
    const next = on
      ? [...chosenKeys.filter((k) => k !== key), key]
      : chosenKeys.filter((k) => k !== key);
    // A table needs a column; unticking the last one is ignored rather than meaning "all".
    if (next.length > 0) setChoice((c) => ({ ...c, columns: next }));
  };
  const fields = useMemo(
    () => filterFields(dataset, table, tableRecords(dataset, table)),
    [dataset, table],
  );
  const [filters, setFilters] = useState<Record<string, ColumnFilter>>({});
  // Each change writes the clauses into the choice, so the preview, Insert and a refresh of the
  // inserted table all filter as POLICY.TABLE does.
  const setColumnFilter = (key: string, filter: ColumnFilter) => {
    const next = { ...filters, [key]: filter };
    setFilters(next);
    setChoice((c) => ({ ...c, where: filterClauses(fields, next) }));
  };
  const where = choice.where ?? "";
  const formula = where ? policyTableFormula(table, chosenKeys, where) : null;
  const sortedBy = choice.sort
    ? (columns.find((c) => c.key === choice.sort?.key)?.title ?? choice.sort.key)
    : null;
  const setFilter = (filter: string) => setChoice((c) => ({ ...c, filter }));
  const hint = useMemo(
    () => comparisonHint(table, fields, choice.filter ?? ""),
    [table, fields, choice.filter],
  );
  // The comparison typed as free text becomes the column filter it meant, and leaves the text.
  const applyHint = () => {
    if (!hint?.apply) return;
    const { key, filter } = hint.apply;
    setColumnFilter(key, { ...filters[key], ...filter });
    setFilter("");
  };
  const sortBy = (key: string) =>
    setChoice((c) => ({
      ...c,
      sort:
        c.sort?.key === key
          ? { key, direction: c.sort.direction === "ascending" ? "descending" : "ascending" }
          : { key, direction: "ascending" },
    }));
  const insert = (target: InsertTarget) => {
    setAction({ status: "working", what: "insert" });
    actions.insertTable(dataset, table.id, choice, target).then(
      (result) => setAction({ status: "inserted", result }),
      (error: unknown) => setAction({ status: "error", error }),
    );
  };
  return {
    columns,
    preview,
    chosenKeys,
    toggleColumn,
    setFilter,
    sortBy,
    insert,
    fields,
    filters,
    setColumnFilter,
    formula,
    sortedBy,
    hint,
    applyHint,
  };
}
