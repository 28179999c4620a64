/** The benchmark's results as a console report and as the README's "Performance" section. */
import type { BenchResults } from './run-bench.ts';
import { show, type Figure } from './stats.ts';

export type Target = { name: string; limit: string; measured: string; met: boolean | null };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const ms = (f: Figure | undefined, digits = 1) => (f ? show(f, digits, ' ms') : 'n/a');

export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const s = r.pages?.summary;
  if (s) {
    out.push({ name: 'whole click path / Readability alone (median over pages)', limit: '≤ 2', measured: s.ratio.median.toFixed(2), met: s.ratio.median <= 2 });
    out.push({
      name: 'longest main-thread block from our own code in the page (clone, text, highlighting)',
      limit: '≤ 50 ms',
      measured: s.longestPageTask.ms ? `${s.longestPageTask.ms.toFixed(0)} ms (${s.longestPageTask.stage}, ${s.longestPageTask.page})` : 'none reached 50 ms',
      met: s.longestPageTask.ms <= 50,
    });
    if (s.longestReadabilityTask) {
      const worst = Math.max(s.longestPageTask.ms, s.longestReadabilityTask.ms);
      out.push({
        name: "longest main-thread block counting Readability's own parse (one synchronous call)",
        limit: '≤ 50 ms',
        measured: !worst
          ? 'none reached 50 ms'
          : s.longestReadabilityTask.ms >= s.longestPageTask.ms
            ? `${worst.toFixed(0)} ms (Readability, ${s.longestReadabilityTask.page})`
            : `${worst.toFixed(0)} ms (${s.longestPageTask.stage}, ${s.longestPageTask.page})`,
        met: worst <= 50,
      });
    }
  }
  const scale = r.scale;
  if (scale && scale.results.length > 1) {
    const last = scale.results[scale.results.length - 1]!;
    const first = scale.results[0]!;
    out.push({ name: `analyse one article, ${last.reports} vs ${first.reports} reports`, limit: '≤ 3×', measured: `${scale.ratios.analyze!.toFixed(1)}×`, met: scale.ratios.analyze! <= 3 });
    out.push({ name: `index memory at ${last.reports} reports`, limit: '≤ 50 MB', measured: `${last.heapMB.median.toFixed(1)} MB`, met: last.heapMB.median <= 50 });
  }
  const content = r.bundle?.entries.find((e) => e.name === 'content script');
  if (content) out.push({ name: 'content script, gzip', limit: '≤ 60 KB', measured: kb(content.gzipBytes), met: content.gzipBytes <= 60 * 1024 });
  if (r.bundle) out.push({ name: 'no content script declared in the manifest', limit: 'none', measured: r.bundle.contentScriptsDeclared ? 'declared' : 'none', met: !r.bundle.contentScriptsDeclared });
  return out;
}

export function formatReport(r: BenchResults): { text: string; markdown: string } {
  const lines: string[] = [];
  const md: string[] = [];
  const date = r.date.slice(0, 10);
  md.push('## Performance', '');
  md.push(
    `Measured ${date} with \`npm run bench\` in headless Chromium ${r.machine.chromium} on ${r.machine.cpus} cores` +
      ` (load average ${r.machine.load[0]!.toFixed(1)} when it started). Each figure is the median, with the minimum and maximum in brackets.`,
    '',
  );

  if (r.pages) {
    const s = r.pages.summary;
    lines.push(`1. PER PAGE (${s.pages} pages, ${s.articles} read as articles; ${r.pages.runs} runs each)`);
    lines.push('   page                                          a: Readability      b: click path        b/a    claims  longest task');
    for (const p of r.pages.results) {
      lines.push(
        `   ${p.page.padEnd(44)}  ${ms(p.readability).padEnd(18)}  ${ms(p.clickPath).padEnd(20)} ${p.ratio.median.toFixed(2).padStart(5)}  ${String(p.claims).padStart(6)}  ` +
          `${p.longestPageTask ? `${p.longestPageTask.toFixed(0)} ms ${p.longestPageTaskStage}` : '-'}${p.article ? '' : `  [${p.note ?? 'not an article'}]`}`,
      );
    }
    lines.push(`   over pages (medians of each page's median): a ${ms(s.readability)}, b ${ms(s.clickPath)}, b/a ${show(s.ratio, 2)}`);
    lines.push(`   b/a corpus pages ${show(s.ratioCorpus, 2)}; readability news pages ${show(s.ratioNews, 2)}`);
    lines.push(`   stages of b: extract ${ms(s.stages.extract)}, analyze ${ms(s.stages.analyze)}, highlight ${ms(s.stages.highlight)}`);
    lines.push(`   longest long task in the page from our work (extraction's own steps, highlighting): ${s.longestPageTask.ms ? `${s.longestPageTask.ms.toFixed(0)} ms in ${s.longestPageTask.stage} on ${s.longestPageTask.page}` : 'none ≥ 50 ms'}`);
    if (s.longestReadabilityTask) lines.push(`   longest long task of Readability's own parse (one synchronous call, the floor): ${s.longestReadabilityTask.ms ? `${s.longestReadabilityTask.ms.toFixed(0)} ms on ${s.longestReadabilityTask.page}` : 'none ≥ 50 ms'}`);
    lines.push(`   outerHTML serialisation, worst page: ${s.longestSerialize.ms.toFixed(1)} ms (${s.longestSerialize.page}): the block left if Readability ran off the page`);
    lines.push(`   longest long task of analyze() (runs in the background in the extension): ${s.longestAnalyzeTask.ms ? `${s.longestAnalyzeTask.ms.toFixed(0)} ms on ${s.longestAnalyzeTask.page}` : 'none ≥ 50 ms'}`);
    if (r.pages.skipped) lines.push(`   ${r.pages.skipped}`);
    lines.push('');
    md.push('| per page | figure |', '| --- | --- |');
    md.push(`| pages (articles) | ${s.pages} (${s.articles}): the 5 corpus reports as pages${r.sharedPresent ? ' + the news pages of Readability\'s test pages' : ''} |`);
    md.push(`| (a) Readability parse of a clone, median over pages | ${ms(s.readability)} |`);
    md.push(`| (b) whole click path (extract, analyse, highlight) | ${ms(s.clickPath)} |`);
    md.push(`| of which extract / analyse / highlight | ${s.stages.extract.median.toFixed(1)} / ${s.stages.analyze.median.toFixed(1)} / ${s.stages.highlight.median.toFixed(1)} ms |`);
    md.push(`| b/a, median over pages (target ≤ 2) | **${s.ratio.median.toFixed(2)}** (${s.ratio.min.toFixed(2)}–${s.ratio.max.toFixed(2)}); corpus pages ${s.ratioCorpus.median.toFixed(2)}, news pages ${s.ratioNews.median.toFixed(2)} |`);
    md.push(`| longest page main-thread block from our work (target ≤ 50 ms) | ${s.longestPageTask.ms ? `${s.longestPageTask.ms.toFixed(0)} ms (${s.longestPageTask.stage})` : 'none reached 50 ms'} |`);
    if (s.longestReadabilityTask) md.push(`| longest block of Readability's own parse (the floor; one synchronous call) | ${s.longestReadabilityTask.ms ? `${s.longestReadabilityTask.ms.toFixed(0)} ms (${s.longestReadabilityTask.page})` : 'none reached 50 ms'} |`);
    md.push('');
  }

  if (r.scale) {
    const rows = r.scale.results;
    lines.push(`2. CORPUS SCALE (${r.scale.pool})`);
    const header = ['', ...rows.map((x) => `${x.reports} reports`), `${rows[rows.length - 1]!.reports}/${rows[0]!.reports}`];
    const table: string[][] = [
      ['sentences indexed', ...rows.map((x) => String(x.sentences)), (rows[rows.length - 1]!.sentences / rows[0]!.sentences).toFixed(0) + '×'],
      ['index build (Node)', ...rows.map((x) => ms(x.build, 0)), r.scale.ratios.build!.toFixed(0) + '×'],
      ['index JSON', ...rows.map((x) => mb(x.jsonBytes)), r.scale.ratios.jsonBytes!.toFixed(0) + '×'],
      ['index gzip', ...rows.map((x) => mb(x.gzipBytes)), r.scale.ratios.gzipBytes!.toFixed(0) + '×'],
      ['cold load (fetch + parse + unpack)', ...rows.map((x) => ms(x.coldLoad, 0)), r.scale.ratios.coldLoad!.toFixed(0) + '×'],
      ['  of which JSON.parse', ...rows.map((x) => ms(x.parse, 0)), r.scale.ratios.parse!.toFixed(0) + '×'],
      ['analyse one article', ...rows.map((x) => ms(x.analyze)), r.scale.ratios.analyze!.toFixed(1) + '×'],
      ['  its first analysis after the load', ...rows.map((x) => (x.analyzeFirst ? ms(x.analyzeFirst) : 'n/a')), r.scale.ratios.analyzeFirst ? r.scale.ratios.analyzeFirst.toFixed(1) + '×' : ''],
      ['index memory (heap + buffers)', ...rows.map((x) => show(x.heapMB, 1, ' MB')), r.scale.ratios.heapMB!.toFixed(0) + '×'],
      ['former design, index as a module: load', ...rows.map((x) => (x.moduleLoad ? ms(x.moduleLoad, 0) : 'n/a')), ''],
      ['former design, index as a module: memory', ...rows.map((x) => (x.moduleHeapMB ? show(x.moduleHeapMB, 1, ' MB') : 'n/a')), ''],
      ['related reports found', ...rows.map((x) => String(x.sources)), ''],
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    lines.push('   ' + header.map((h, i) => h.padEnd(widths[i]!)).join('  '));
    for (const row of table) lines.push('   ' + row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
    lines.push('');
    md.push(`| corpus scale | ${rows.map((x) => `${x.reports} reports`).join(' | ')} | ${header[header.length - 1]} |`);
    md.push(`| --- | ${rows.map(() => '---').join(' | ')} | --- |`);
    for (const row of table) md.push(`| ${row.join(' | ')} |`);
    md.push('');
  }

  if (r.bundle) {
    lines.push('3. BUNDLE (dist/, minified; gzip -9)');
    for (const e of r.bundle.entries) lines.push(`   ${e.name.padEnd(16)} ${kb(e.bytes).padStart(10)}  gzip ${kb(e.gzipBytes).padStart(9)}   (${e.files.join(', ')})`);
    lines.push(`   ${r.bundle.manifestNote}`);
    lines.push('');
    md.push('| bundle | minified | gzip |', '| --- | --- | --- |');
    for (const e of r.bundle.entries) md.push(`| ${e.name}${e.name === 'background' ? ' (engine, word vectors)' : ''} | ${kb(e.bytes)} | ${kb(e.gzipBytes)} |`);
    md.push('', `No content script is declared in the manifest: ${r.bundle.contentScriptsDeclared ? '**no, one is declared**' : 'yes; it is injected on a click only'}.`, '');
  }

  if (r.popup) {
    const p = r.popup;
    lines.push('4. POPUP (dist-test/, real toolbar popup)');
    lines.push(`   popup open → report shown, uncached: ${ms(p.uncached, 0)}`);
    lines.push(`   popup open → report shown, cached:   ${ms(p.cached, 0)}${p.cachedUpperBound ? `  (${p.cachedUpperBound} run(s) already shown when first looked at: upper bound)` : ''}`);
    lines.push(`   the popup page as a tab (exact): uncached ${ms(p.pageUncached, 0)}, cached ${ms(p.pageCached, 0)}`);
    lines.push(`   forced re-analysis round trip from the popup: ${ms(p.roundTrip, 0)}; background stages extract ${ms(p.stages.extract)}, match ${ms(p.stages.match)}, highlight ${ms(p.stages.highlight)}`);
    lines.push(`   states seen: ${p.states.join(', ')}`);
    lines.push('');
    md.push('| popup (real extension) | figure |', '| --- | --- |');
    md.push(`| popup open → report shown, not cached | ${ms(p.uncached, 0)} |`);
    md.push(`| popup open → report shown, cached | ${ms(p.cached, 0)} |`);
    md.push(`| the popup page in a tab (timed exactly), not cached / cached | ${ms(p.pageUncached, 0)} / ${ms(p.pageCached, 0)} |`);
    md.push(`| re-analysis round trip (extract / match / highlight) | ${ms(p.roundTrip, 0)} (${p.stages.extract.median.toFixed(0)} / ${p.stages.match.median.toFixed(0)} / ${p.stages.highlight.median.toFixed(0)} ms) |`);
    md.push('');
  }

  const t = targets(r);
  if (t.length) {
    lines.push('TARGETS');
    for (const x of t) lines.push(`   ${x.met === null ? '?' : x.met ? 'met ' : 'MISS'}  ${x.name}: ${x.measured} (target ${x.limit})`);
    md.push('| target | limit | measured | met |', '| --- | --- | --- | --- |');
    for (const x of t) md.push(`| ${x.name} | ${x.limit} | ${x.measured} | ${x.met ? 'yes' : '**no**'} |`);
    md.push('');
  }
  return { text: lines.join('\n'), markdown: md.join('\n') };
}
