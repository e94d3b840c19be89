import { Field, Input, Select } from "@fluentui/react-components";
import type { ColumnFilter, FilterField } from "../../core/layout/columnFilters";
import { rangeLabels } from "../../core/layout/filterLabels";
import { useCatalogTableStyles } from "./useCatalogTableStyles";
import { useViewStyles } from "./useViewStyles";

export interface ColumnFilterFieldsProps {
  fields: FilterField[];
  filters: Record<string, ColumnFilter>;
  onChange: (key: string, filter: ColumnFilter) => void;
  /** The POLICY.TABLE formula for the filters, or null while none is set. */
  formula: string | null;
  /** The title of the column the preview is sorted by, or null when it keeps the table's order. */
  sortedBy: string | null;
}

/** Per-column filters: from/to for numbers and dates, a list for a column of few values. */
export function ColumnFilterFields({
  fields,
  filters,
  onChange,
  formula,
  sortedBy,
}: ColumnFilterFieldsProps) {
  const styles = useViewStyles();
  const own = useCatalogTableStyles();
  const active = Object.values(filters).filter((f) => f.min || f.max || f.equals).length;
  return (
    <details>
      <summary className={own.summary}>Filter by column{active ? ` (${active} set)` : ""}</summary>
      <div className={own.filters}>
        {fields.map((f) => {
          const now = filters[f.column.key] ?? {};
          const set = (patch: ColumnFilter) => onChange(f.column.key, { ...now, ...patch });
          const hint =
            f.column.type === "date" ? "e.g. 2023 or 2023-06-30" : "a number, or a percent as 50%";
          const labels = rangeLabels(f.column);
          return f.kind === "range" ? (
            <div key={f.column.key} className={own.range}>
              <Field label={labels.from} hint={hint} className={styles.field}>
                <Input
                  className={styles.input}
                  value={now.min ?? ""}
                  onChange={(_, d) => set({ min: d.value })}
                />
              </Field>
              <Field label={labels.to} className={styles.field}>
                <Input
                  className={styles.input}
                  value={now.max ?? ""}
                  onChange={(_, d) => set({ max: d.value })}
                />
              </Field>
            </div>
          ) : (
            <Field key={f.column.key} label={f.column.title} className={styles.field}>
              <Select
                className={styles.select}
                value={now.equals ?? ""}
                onChange={(_, d) => set({ equals: d.value })}
              >
                <option value="">Any</option>
                {f.values.map((v) => (
                  <option key={v} value={v}>
                    {v}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
      {formula && (
        <Field label="The same rows in a cell" hint={formulaHint(sortedBy)}>
          <code className={styles.code} aria-label="Equivalent formula">
            {formula}
          </code>
        </Field>
      )}
    </details>
  );
}

/** POLICY.TABLE has no sort argument, so the spilled rows keep the table's order. */
function formulaHint(sortedBy: string | null): string {
  return sortedBy
    ? `Type this formula to spill these rows, in the table's own order: POLICY.TABLE does not sort, so they are not sorted by ${sortedBy} as here.`
    : "Type this formula to spill these rows.";
}
