import { Button, Field, SearchBox } from "@fluentui/react-components";
import type { ComparisonHint } from "../../core/layout/comparisonHint";
import { useViewStyles } from "./useViewStyles";

export interface FreeTextFilterProps {
  value: string;
  onChange: (text: string) => void;
  /** Set when the text reads as a comparison free text cannot make. */
  hint: ComparisonHint | null;
  /** Moves the comparison into the per-column filter the hint names. */
  onApplyHint: () => void;
}

/** Words to find in the rows; a comparison typed here is pointed to the column filters. */
export function FreeTextFilter({ value, onChange, hint, onApplyHint }: FreeTextFilterProps) {
  const styles = useViewStyles();
  return (
    <div className={styles.tight}>
      <Field label="Filter rows" hint="Words in any chosen column but the quote and URL">
        <SearchBox
          value={value}
          onChange={(_, d) => onChange(d.value)}
          placeholder="Text the rows contain"
        />
      </Field>
      {hint && (
        <div role="status" className={styles.row}>
          <span className={styles.muted}>{hint.message}</span>
          {hint.apply && (
            <Button size="small" onClick={onApplyHint}>
              {hint.apply.label}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
