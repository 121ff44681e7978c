// PLACEHOLDER until the CLI lands.
process.stdout.write('draft-factcheck: not built yet\n');
