/**
 * readBulletin: a statistical bulletin (统计公报) or a government work report (text, HTML, .docx, or a document the
 * PDF adapter has already read) and a plan's
 * indicator list → the figures it gives for those indicators (level, growth, qualifier, year), each with its line,
 * and diagnostics for what it named but could not assign. It never throws for bad content. See docs/bulletin.md.
 */
import { diagnostic, type Diagnostic } from '@gangmu/domain';
import type { NormalizedDocument } from '../document.ts';
import { toDocument } from '../parse-plan.ts';
import { bulletinYear } from './bulletin-year.ts';
import { cleanLines } from './clean-text.ts';
import { CONCEPTS, GROWTH_NAME, type Concept } from './concepts.ts';
import { readSentence, type Qualifier, type Reading } from './figures.ts';
import { buildSentences, lineAt, type Sentence } from './sentences.ts';
import { looksTraditional } from './traditional.ts';
import { convertUnit } from './units.ts';

export interface BulletinIndicator {
  readonly id: string;
  readonly name: string;
  readonly unit?: string | null;
  /** level: the value (and its growth); growth: only the growth. Guessed from the name and unit when absent. */
  readonly kind?: 'level' | 'growth';
}

/** One indicator's figures for one year, in the shape of an evaluation observation ({ year, value?, pct?, qualifier? }). */
export interface BulletinFigure {
  readonly indicatorId: string;
  readonly year: number | null;
  /** The level in the indicator's unit (converted from 万元, 人…). */
  readonly value?: number;
  readonly unit?: string;
  readonly qualifier?: Qualifier;
  /** The growth over the previous year, in per cent (negative for 下降). */
  readonly pct?: number;
  readonly pctQualifier?: Qualifier;
  /** The source line of the first figure read, and the words around it. */
  readonly line: number;
  readonly excerpt: string;
}

export interface BulletinReading {
  readonly year: number | null;
  readonly format: NormalizedDocument['format'] | null;
  readonly figures: readonly BulletinFigure[];
  /** Ids of the indicators for which nothing was found. */
  readonly missing: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

interface Target {
  readonly indicator: BulletinIndicator;
  readonly concept: Concept;
  readonly growthOnly: boolean;
}

interface Found {
  readonly reading: Reading;
  readonly sentence: Sentence;
  /** The sentence as read (分别 lists written out); the reading's offset is in it. */
  readonly text: string;
}

function conceptOf(name: string): Concept | undefined {
  const stem = name.replace(/\s+/g, '').replace(GROWTH_NAME, '');
  const whole = CONCEPTS.find((c) => c.names.some((n) => new RegExp(`^(?:${n})$`).test(stem)));
  if (whole) return whole;
  let best: { concept: Concept; length: number } | undefined;
  for (const c of CONCEPTS) {
    for (const n of c.names) {
      const m = new RegExp(n).exec(stem);
      if (m && m[0].length > (best?.length ?? 1)) best = { concept: c, length: m[0].length };
    }
  }
  return best?.concept;
}

function targetsOf(indicators: readonly BulletinIndicator[], diagnostics: Diagnostic[]): Target[] {
  const targets: Target[] = [];
  for (const indicator of indicators) {
    const concept = conceptOf(indicator.name);
    if (!concept) {
      diagnostics.push(diagnostic('bulletin_unknown_indicator', 0, '', { name: indicator.name }));
      continue;
    }
    const percent = (indicator.unit ?? '') === '%';
    const growthOnly =
      indicator.kind === 'growth' ||
      (indicator.kind === undefined &&
        (GROWTH_NAME.test(indicator.name) ||
          concept.measure === 'change' ||
          (percent && concept.measure !== 'share')));
    targets.push({ indicator, concept, growthOnly });
  }
  return targets;
}

function excerptOf(f: Found): string {
  const start = Math.max(0, f.reading.offset - 6);
  return f.text.slice(start, f.reading.offset + 60).trim();
}

/** Folds every reading of a target's statistic into one figure per year; a later different number is a conflict. */
function figuresFor(target: Target, found: readonly Found[], year: number | null, diagnostics: Diagnostic[]) {
  const byYear = new Map<number | null, BulletinFigure>();
  const name = target.indicator.name;
  for (const f of found) {
    const r = f.reading;
    const y = r.year ?? year;
    const line = lineAt(f.sentence, Math.min(r.offset, f.sentence.text.length - 1));
    const add: {
      value?: number;
      unit?: string;
      qualifier?: Qualifier;
      pct?: number;
      pctQualifier?: Qualifier;
    } = {};
    if (r.level && !target.growthOnly) {
      const unit = target.indicator.unit ?? '';
      const value = convertUnit(r.level.printed, r.level.unit, unit);
      if (value === null) {
        diagnostics.push(
          diagnostic('bulletin_unit_mismatch', line, excerptOf(f), {
            name,
            value: r.level.printed,
            unit: r.level.unit,
            expected: unit,
          }),
        );
      } else {
        add.value = value;
        add.unit = unit || r.level.unit;
        if (r.level.qualifier) add.qualifier = r.level.qualifier;
      }
    }
    if (r.growth) {
      add.pct = r.growth.pct;
      if (r.growth.qualifier) add.pctQualifier = r.growth.qualifier;
    }
    if (add.value === undefined && add.pct === undefined) continue;
    const had = byYear.get(y);
    if (!had) {
      byYear.set(y, { indicatorId: target.indicator.id, year: y, ...add, line, excerpt: excerptOf(f) });
      continue;
    }
    const merged: Record<string, unknown> = { ...had };
    for (const [key, v] of Object.entries(add)) {
      const old = merged[key];
      if (old === undefined) merged[key] = v;
      else if (old !== v && (key === 'value' || key === 'pct')) {
        diagnostics.push(
          diagnostic('bulletin_conflict', line, excerptOf(f), {
            name,
            year: String(y ?? ''),
            kept: String(old),
            found: String(v),
          }),
        );
      }
    }
    byYear.set(y, merged as unknown as BulletinFigure);
  }
  return [...byYear.values()];
}

function isDocument(input: Uint8Array | string | NormalizedDocument): input is NormalizedDocument {
  return typeof input === 'object' && !(input instanceof Uint8Array);
}

export function readBulletin(
  input: Uint8Array | string | NormalizedDocument,
  indicators: readonly BulletinIndicator[],
): BulletinReading {
  const diagnostics: Diagnostic[] = [];
  try {
    const doc = isDocument(input) ? input : toDocument(input, diagnostics);
    if (!doc)
      return { year: null, format: null, figures: [], missing: indicators.map((i) => i.id), diagnostics };
    const raw = doc.lines.filter((l) => !l.table);
    const traditional = looksTraditional(raw.map((l) => l.text).join(''));
    if (traditional) diagnostics.push(diagnostic('bulletin_traditional', 0, ''));
    const lines = cleanLines(raw, traditional);
    const year = bulletinYear(lines);
    if (year === null) diagnostics.push(diagnostic('bulletin_no_year', 0, ''));
    const found = new Map<string, Found[]>();
    for (const sentence of buildSentences(lines, year)) {
      if (/预期目标|目标是|目标为|力争|争取|确保|预计/.test(sentence.text)) continue;
      const { text, readings } = readSentence(sentence.text);
      for (const reading of readings) {
        const list = found.get(reading.concept.id) ?? [];
        list.push({ reading, sentence, text });
        found.set(reading.concept.id, list);
      }
    }
    const figures: BulletinFigure[] = [];
    const missing: string[] = [];
    for (const target of targetsOf(indicators, diagnostics)) {
      const mine = found.get(target.concept.id) ?? [];
      const read = figuresFor(target, mine, year, diagnostics);
      figures.push(...read);
      if (read.length > 0) continue;
      missing.push(target.indicator.id);
      const unread = mine.find((f) => f.reading.hasNumber);
      const explained = diagnostics.some(
        (d) => d.code === 'bulletin_unit_mismatch' && d.params.name === target.indicator.name,
      );
      if (unread && !explained) {
        const line = lineAt(unread.sentence, unread.reading.offset);
        diagnostics.push(
          diagnostic('bulletin_unassigned', line, excerptOf(unread), { name: target.indicator.name }),
        );
      }
    }
    for (const i of indicators)
      if (!figures.some((f) => f.indicatorId === i.id) && !missing.includes(i.id)) missing.push(i.id);
    return { year, format: doc.format, figures, missing, diagnostics };
  } catch (e) {
    diagnostics.push(
      diagnostic('internal_error', 0, '', { reason: e instanceof Error ? e.message : String(e) }),
    );
    return { year: null, format: null, figures: [], missing: indicators.map((i) => i.id), diagnostics };
  }
}
