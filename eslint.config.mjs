import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettierConfig from 'eslint-config-prettier';

/**
 * Text an editor reads, written as a raw literal where the extension hands it to VS Code: it must go through
 * vscode.l10n.t (bundled by `npm run l10n`). Literals without letters and codicon-only texts like '$(check)' pass.
 */
const L10N = 'User-facing text goes through vscode.l10n.t (see l10n/bundle.l10n.json, `npm run l10n`).';
const WORDS = '[value=/[A-Za-z]/]';
const SHOW_MESSAGE = 'CallExpression[callee.property.name=/^show(Information|Warning|Error)Message$/]';
const TEXT_PROPERTY = '/^(label|description|detail|tooltip|placeHolder|placeholder|prompt|title|validationMessage|message)$/';
const TEXT_FIELD = '/^(text|tooltip|label|description|title|message|placeholder|prompt|name|validationMessage|badge)$/';
const CODICONS_ONLY = '/^(\\s*\\$\\([\\w~-]+\\))*\\s*$/';
const TEMPLATE_WORDS = `TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]{2}/]:not([value.raw=${CODICONS_ONLY}])`;
const untranslatedText = [
  `${SHOW_MESSAGE} > Literal${WORDS}`,
  `${SHOW_MESSAGE} > ${TEMPLATE_WORDS}`,
  `${SHOW_MESSAGE} > BinaryExpression[operator='+']`,
  `CallExpression[callee.property.name=/^(showQuickPick|appendMarkdown|appendText)$/] > Literal${WORDS}`,
  `CallExpression[callee.property.name=/^(showQuickPick|appendMarkdown|appendText)$/] > ${TEMPLATE_WORDS}`,
  `CallExpression[callee.property.name='showQuickPick'] > ArrayExpression > Literal${WORDS}`,
  `CallExpression[callee.name=/^(commandLink|markdownLink)$/] > Literal${WORDS}`,
  `NewExpression[callee.property.name=/^(TreeItem|Diagnostic|CodeAction|MarkdownString|CodeLens|InlayHint)$/] > Literal${WORDS}`,
  `NewExpression[callee.property.name=/^(TreeItem|Diagnostic|CodeAction|MarkdownString|CodeLens|InlayHint)$/] > ${TEMPLATE_WORDS}`,
  `Property[key.name=${TEXT_PROPERTY}] > Literal${WORDS}`,
  `Property[key.name=${TEXT_PROPERTY}] > ${TEMPLATE_WORDS}`,
  `AssignmentExpression[left.property.name=${TEXT_FIELD}] > Literal.right${WORDS}:not([value=${CODICONS_ONLY}])`,
  `AssignmentExpression[left.property.name=${TEXT_FIELD}] > ${TEMPLATE_WORDS}`,
].map((selector) => ({ selector, message: L10N }));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', '.cache/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The core runs in Node, the browser and the CLI: it must never reach for the editor API.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/webview/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'src/core, src/shared, src/webview and src/cli must not import vscode.' }] },
      ],
    },
  },
  {
    // The service layer runs behind ports in the extension host (desktop and browser) and in plain Node unit tests.
    files: ['src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'src/service reaches the editor only through its ports (src/service/ports.ts).' }],
          patterns: ['node:*'],
        },
      ],
    },
  },
  {
    // The extension logs to its LogOutputChannel (created in activate), which users can open; the host console is invisible to them.
    files: ['src/extension/**/*.ts'],
    rules: { 'no-console': 'error', 'no-restricted-syntax': ['error', ...untranslatedText] },
  },
  {
    // CommonJS scripts (mocha reporters must be require()-able).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
  },
  // Layout is prettier's (npm run format); eslint keeps to correctness.
  prettierConfig,
);
