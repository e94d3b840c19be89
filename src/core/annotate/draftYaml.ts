import { Document, isMap, isPair, isScalar, visit } from "yaml";
import type { DraftDocument } from "./draftAnnotation";

const HEADER = (doc: string) =>
  [
    ` Draft annotation of seeds/${doc}.txt, written by npm run annotate.`,
    ` Every entry marked "draft: true" is a proposal: check it against the text, correct what is`,
    ` wrong (metric, actor, place, period, category, tables, fact), then delete its "draft: true"`,
    ` line. npm run dataset refuses this file while any draft is left and says how many.`,
    ` Format: src/core/dataset/annotationSchema.ts.`,
  ].join("\n");

/** The draft as YAML in the layout of seeds/annotations: periods and tables on one line. */
export function draftYaml(draft: DraftDocument): string {
  const doc = new Document(draft);
  doc.commentBefore = HEADER(draft.doc);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = pair.key.value;
      if ((key === "period" && isMap(pair.value)) || key === "tables")
        (pair.value as { flow?: boolean }).flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
