// Held-out real sets without their text: `npm run heldout -- manifest DIR > eval/NAME.json` records a labelled set,
// and `npm run heldout -- restore eval/NAME.json DIR` writes the labels back beside documents rebuilt by hand from the
// stored pages (their sources are in the manifest), after checking that every labelled line reads as it did when it
// was labelled. Then `npm run eval -- DIR` measures the set again.
import { manifest, restore } from './lib/heldout.ts';

const [command, ...args] = process.argv.slice(2);
if (command === 'manifest' && args.length === 1) {
  console.log(JSON.stringify(manifest(args[0]!), null, 1));
} else if (command === 'restore' && args.length === 2) {
  const problems = restore(args[0]!, args[1]!);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.error(`wrote the labels of ${args[1]}; run: npm run eval -- ${args[1]}`);
} else {
  console.error('usage: npm run heldout -- manifest DIR  |  npm run heldout -- restore MANIFEST DIR');
  process.exit(2);
}
