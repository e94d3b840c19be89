import { FluentProvider, Text, Title2, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

/** Shows the product name and the version of the dataset this page serves. */
function Shell() {
  const [status, setStatus] = useState("Loading dataset…");
  useEffect(() => {
    fetch("data/dataset.json", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((d: { version: string }) => setStatus(`Dataset version ${d.version}`))
      .catch((e: Error) => setStatus(`Could not load data/dataset.json: ${e.message}`));
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Title2 as="h1">Policy Tables</Title2>
      <Text role="status">{status}</Text>
    </FluentProvider>
  );
}

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<Shell />);
});
