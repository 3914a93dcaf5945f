/**
 * The administrative hierarchy (国家 › 省 › 市 › 县/区 › 乡镇/街道) read from the national division code
 * (GB/T 2260 for the 6-digit county-level code, extended by 3 digits for 乡镇/街道 and 3 more for 村/社区 in the
 * 12-digit statistical code). Pure: codes in, levels and parent codes out; bad codes are a result, never a throw.
 */

export type GovernmentLevel = 'nation' | 'province' | 'prefecture' | 'county' | 'township';
export const GOVERNMENT_LEVELS: readonly GovernmentLevel[] = [
  'nation',
  'province',
  'prefecture',
  'county',
  'township',
];

/** The code of the whole country. `000000` is accepted on input and read as this. */
export const NATION_CODE = '100000';

export type DivisionCode =
  | {
      readonly ok: true;
      readonly code: string;
      readonly level: GovernmentLevel;
      readonly parent: string | null;
    }
  | { readonly ok: false; readonly reason: 'NOT_DIGITS' | 'BAD_LENGTH' | 'VILLAGE_LEVEL' | 'ZERO_PART' };

/**
 * Reads a division code. 12-digit statistical codes are shortened to their meaningful part first
 * (`360111000000` is the county 360111; `360111001000` the township 360111001), so one place holds one code.
 * The parent is the code one level up by the digits; whether that government exists (a 直辖市's districts have
 * the pseudo-prefecture 110100 市辖区 above them, a 省直辖县 has none) is for {@link nearestAncestor} to decide.
 *
 * @example
 * parseDivisionCode('360111')   // { ok: true, level: 'county', parent: '360100' }
 * parseDivisionCode('360111004') // { ok: true, level: 'township', parent: '360111' }
 */
export function parseDivisionCode(input: string): DivisionCode {
  const raw = input.trim();
  if (!/^\d+$/.test(raw)) return { ok: false, reason: 'NOT_DIGITS' };
  let code = raw;
  if (code.length === 12) {
    if (code.slice(9) !== '000') return { ok: false, reason: 'VILLAGE_LEVEL' };
    code = code.slice(6, 9) === '000' ? code.slice(0, 6) : code.slice(0, 9);
  }
  if (code.length === 9) {
    if (code.slice(6) === '000') return { ok: false, reason: 'ZERO_PART' };
    const county = parseDivisionCode(code.slice(0, 6));
    if (!county.ok || county.level !== 'county') return { ok: false, reason: 'ZERO_PART' };
    return { ok: true, code, level: 'township', parent: code.slice(0, 6) };
  }
  if (code.length !== 6) return { ok: false, reason: 'BAD_LENGTH' };
  if (code === '000000' || code === NATION_CODE)
    return { ok: true, code: NATION_CODE, level: 'nation', parent: null };
  if (code.slice(0, 2) === '00') return { ok: false, reason: 'ZERO_PART' };
  if (code.slice(2) === '0000') return { ok: true, code, level: 'province', parent: NATION_CODE };
  if (code.slice(4) === '00') {
    if (code.slice(2, 4) === '00') return { ok: false, reason: 'ZERO_PART' };
    return { ok: true, code, level: 'prefecture', parent: `${code.slice(0, 2)}0000` };
  }
  return { ok: true, code, level: 'county', parent: `${code.slice(0, 4)}00` };
}

/** Every code above `code` by its digits, nearest first (county → prefecture → province → nation). */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  let current = parseDivisionCode(code);
  while (current.ok && current.parent) {
    out.push(current.parent);
    current = parseDivisionCode(current.parent);
  }
  return out;
}

/**
 * The nearest government above `code` that exists: a 直辖市 district (110101) whose 110100 is no government
 * goes to the province-level city 110000; a 省直辖县级市 (429004 仙桃) to its province.
 */
export function nearestAncestor(code: string, exists: (code: string) => boolean): string | null {
  for (const candidate of ancestorCodes(code)) if (exists(candidate)) return candidate;
  return null;
}

/** Whether `code` lies under `ancestor` (strictly), by the digits and by the governments that exist. */
export function isUnder(code: string, ancestor: string, exists: (code: string) => boolean): boolean {
  let current = nearestAncestor(code, exists);
  while (current) {
    if (current === ancestor) return true;
    current = nearestAncestor(current, exists);
  }
  return false;
}
