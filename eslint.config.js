// ESLint (flat config): eslint-plugin-office-addins' React preset over TypeScript, plus our own fences.
const officeAddins = require("eslint-plugin-office-addins");
const tseslint = require("typescript-eslint");
const globals = require("globals");

module.exports = [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**", "test/fixtures/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
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
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "prettier/prettier": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The engine is pure: no Office.js, exceljs, React, DOM or Node APIs — relative modules and zod only.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(?!\\.{1,2}/|zod$)",
              message: "src/core is pure: import only relative modules and zod (adapters live in src/workbook).",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "process", "require", "Buffer", "Office", "Excel", "fetch"],
    },
  },
];
