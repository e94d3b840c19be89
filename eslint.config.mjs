import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

const noEval = [
  { selector: "CallExpression[callee.name='eval']", message: "eval is forbidden." },
  { selector: "NewExpression[callee.name='Function']", message: "new Function is forbidden." },
  // no-implied-eval sees only declared globals, and TypeScript files declare none here.
  {
    selector:
      ["callee.name", "callee.property.name"]
        .flatMap((callee) => [
          `CallExpression[${callee}=/^set(Timeout|Interval)$/][arguments.0.raw=/^["']/]`,
          `CallExpression[${callee}=/^set(Timeout|Interval)$/][arguments.0.type='TemplateLiteral']`,
        ])
        .join(", "),
    message: "setTimeout/setInterval with a string is eval: pass a function.",
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "dangerouslySetInnerHTML is forbidden: render document text as text.",
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "19" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-restricted-syntax": ["error", ...noEval],
      "no-implied-eval": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The core is pure: data in, data out. Adapters own Office, the DOM, fetch and the file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "node:*", "path", "exceljs", "react", "react-dom", "@fluentui/*"], message: "src/core is pure: move I/O to an adapter." },
            { group: ["../../excel/*", "../../taskpane/*", "../../cli/*", "../../functions/*"], message: "src/core must not import adapters." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "fetch", "CustomFunctions", "process"],
    },
  },
  {
    // The drafter and its language library are for the annotate CLI; the pane has a 200 KB budget.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/functions/**/*.ts", "src/excel/**/*.ts", "src/commands/**/*.ts", "src/export/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["compromise", "**/core/annotate/*"], message: "The annotate drafter is CLI-only: keep it out of the add-in bundles." }] },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
