// The trustlint command with the trust-policy pack: the command (core/cli.ts) is handed the default engine here.
// scripts/build-cli.mjs bundles this module into dist/cli.js, which bin/trustlint.js runs.
import { createCli } from './core/cli.ts';
import { trustlint } from './index.ts';

export const { run } = createCli(trustlint, {
  about:
    'Checks police policy drafts (Markdown, text, HTML, .docx) for language that undermines immigrant\ncommunity trust, and suggests model-policy wording.',
});
