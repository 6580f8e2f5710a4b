// ESLint (flat config): eslint-plugin-office-addins' React preset over TypeScript, plus our own fences.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const globals = require("globals");

// The same plugin instances the preset registered (ESLint refuses two instances under one name).
const presetPlugins = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["@typescript-eslint"]).plugins;

module.exports = [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**", "test/fixtures/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    // The preset registers these for .ts only; .tsx (the pane) gets the same plugins and Office rules.
    plugins: { "@typescript-eslint": presetPlugins["@typescript-eslint"], "office-addins": presetPlugins["office-addins"] },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // Formatting is prettier's job (`npm run format`), not a lint failure.
      "prettier/prettier": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "prettier/prettier": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Plain scripts served to the browser (the office.js fallback loader).
    files: ["src/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
  {
    // The engine is pure: no Office.js, exceljs, React, DOM or Node APIs — relative modules and zod (or its tree-shakable zod/mini) only.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/|zod(/mini)?$)",
              message: "src/core is pure: import only relative modules and zod (adapters live in src/workbook).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "require", "Buffer", "Office", "Excel", "fetch"],
    },
  },
];
