export { webDarkTheme as darkTheme } from "@fluentui/react-components";
