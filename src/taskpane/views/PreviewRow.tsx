import { mergeClasses, TableCell, TableRow } from "@fluentui/react-components";
import type { CellPlan } from "../../core/layout/planTable";
import { displayCell } from "./format";
import { keyIsName } from "./previewColumns";
import { useCatalogTableStyles } from "./useCatalogTableStyles";

export interface PreviewRowProps {
  plan: CellPlan;
  /** Body row index in the plan. */
  r: number;
  /** The column that stays in view beside the first one, or -1 (keyColumnIndex). */
  keyColumn: number;
}

/** One body row of the preview, each cell as Excel shows it under its number format. */
export function PreviewRow({ plan, r, keyColumn }: PreviewRowProps) {
  const own = useCatalogTableStyles();
  return (
    <TableRow aria-rowindex={r + 2}>
      {plan.values[r].map((cell, i) => (
        <TableCell
          key={plan.columns[i].key}
          className={mergeClasses(
            own.cell,
            typeof cell === "number" && own.number,
            i === 0 && own.lead,
            i === keyColumn && own.key,
            i === keyColumn && keyIsName(plan.columns, i) && own.keyName,
          )}
        >
          <span className={own.clamp}>{displayCell(cell, plan.numberFormats[r][i])}</span>
        </TableCell>
      ))}
    </TableRow>
  );
}
