import { lazy, Suspense, type ReactNode } from "react";
import { describeError } from "./describeError";

// Message bars (and the motion library they animate with) appear only after something
// happened, so the Catalog opens without them; until their chunk arrives an error still shows,
// as plain text.
const bars = () => import(/* webpackChunkName: "message-bars" */ "./ErrorBar");
const ErrorBarChunk = lazy(() => bars().then((m) => ({ default: m.ErrorBar })));
const SuccessBarChunk = lazy(() => bars().then((m) => ({ default: m.SuccessBar })));

/** ErrorBar, loaded when first needed. */
export function LazyErrorBar(props: { error: unknown; onRetry?: () => void }) {
  const { title, message, next } = describeError(props.error);
  return (
    <Suspense
      fallback={
        <div role="alert">
          <strong>{title}</strong> {message} {next}
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
