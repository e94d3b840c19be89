// Busy's moving bar on its own: Fluent's ProgressBar brings its motion library with it.
export { ProgressBar as default } from "@fluentui/react-components";
