/**
 * `npm run corpus -- add <file.html|file.txt>... [--outlet --title --published --url]`,
 * `npm run corpus -- list` and `npm run corpus -- check`: the maintainer's tool for the bundled corpus.
 * `--dir DIR` works on another corpus folder (the tests use a temporary copy). The build compiles
 * corpus/ into the index the extension ships, so a maintainer adds reports and rebuilds.
 */
import { resolve } from 'node:path';
import { addReport, checkCorpus, readSources, type AddOptions } from './corpus-store.ts';

const USAGE = `Usage:
  npm run corpus -- add <file.html|file.txt>... [--outlet NAME] [--title TITLE] [--published YYYY-MM-DD] [--url URL]
  npm run corpus -- list
  npm run corpus -- check
Options: --dir DIR   the corpus folder (default: corpus)`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const files: string[] = [];
  const options: AddOptions & { dir?: string } = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const m = /^--(outlet|title|published|url|dir)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? rest[++i];
      if (value === undefined) return fail(`--${m[1]} needs a value.`);
      options[m[1] as keyof typeof options] = value;
    } else if (arg.startsWith('--')) return fail(`Unknown option ${arg}.\n${USAGE}`);
    else files.push(arg);
  }
  const dir = resolve(options.dir ?? 'corpus');
  const sources = readSources(dir);
  if (!sources.ok) return fail(sources.error);

  switch (command) {
    case 'list': {
      for (const r of sources.value.reports) {
        console.log(`${r.id}  ${r.published ?? 'undated   '}  ${r.outlet.slice(0, 40).padEnd(40)}  ${r.title ?? '(no title)'}`);
      }
      console.log(`${sources.value.reports.length} reports in ${dir}`);
      return 0;
    }
    case 'check': {
      const problems = checkCorpus(dir, sources.value);
      for (const p of problems) console.error(`${p.id ?? '???'}: ${p.message}`);
      if (problems.length) return fail(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}.`);
      console.log(`${sources.value.reports.length} reports in ${dir}: metadata valid, no duplicates or wire copies.`);
      return 0;
    }
    case 'add': {
      if (!files.length) return fail(`add needs at least one file.\n${USAGE}`);
      if (files.length > 1 && (options.title || options.url)) return fail('--title and --url describe one report: add files one at a time with them.');
      for (const file of files) {
        const added = addReport(dir, sources.value, file, options);
        if (!added.ok) return fail(added.error);
        console.log(`added ${added.value.id}: ${added.value.outlet}, ${added.value.published}, ${added.value.title ?? '(no title)'}`);
      }
      console.log('Run `npm run corpus -- check`, then `npm run build` to ship the new index.');
      return 0;
    }
    default:
      return fail(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  }
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
