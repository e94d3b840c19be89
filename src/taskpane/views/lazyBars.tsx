import { lazy, Suspense, type ReactNode } from "react";
import { userMessage } from "../../core/errors";

// Message bars (and the motion library they animate with) appear only after something
// happened, so the Catalog opens without them; until their chunk arrives an error still shows,
// as its plain message (the title and next step come with the bar, and so stay out of the
// pane's first download).
const bars = () => import(/* webpackChunkName: "message-bars" */ "./ErrorBar");
const ErrorBarChunk = lazy(() => bars().then((m) => ({ default: m.ErrorBar })));
const SuccessBarChunk = lazy(() => bars().then((m) => ({ default: m.SuccessBar })));

/** ErrorBar, loaded when first needed. */
export function LazyErrorBar(props: { error: unknown; onRetry?: () => void }) {
  return (
    <Suspense
      fallback={
        <div role="alert">
          {userMessage(props.error)}
          {props.onRetry && <button onClick={props.onRetry}>Retry</button>}
        </div>
      }
    >
      <ErrorBarChunk {...props} />
    </Suspense>
  );
}

/** SuccessBar, loaded when first needed. */
export function LazySuccessBar({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<p role="status">{children}</p>}>
      <SuccessBarChunk>{children}</SuccessBarChunk>
    </Suspense>
  );
}
