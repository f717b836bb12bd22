import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'fixtures/**', 'coverage/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Imports point one way (STYLE.md): these rules keep them so.
  ...layer(['src/model/**'], ['../*'], 'src/model is the ground floor: it imports nothing of ours but itself.'),
  ...layer(
    ['src/ranking/**', 'src/rules/**', 'src/schedule/**', 'src/calendar/**', 'src/engine.ts', 'src/standing.ts'],
    ['**/io/**', '**/cli/**', '**/config.js', '**/config-file.js'],
    'The pure core reads no files, no CLI and no defaults: they are passed in.',
  ),
  ...layer(
    ['src/io/write/**'],
    ['**/ranking/**', '**/rules/**', '**/engine.js', '../../standing.js', '../../../standing.js', '**/config.js', '**/followup/plan-check.js'],
    'Writers render what the core decided; they decide nothing again.',
  ),
);

/** Files matching `files` may not import modules matching `forbidden`. */
function layer(files, forbidden, message) {
  return [{ files, rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] } }];
}
