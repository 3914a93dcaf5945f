import { describe, expect, it } from 'vitest';
import { isStaffRole, mayListPlan, planCopyFor, type PlanCopy } from './plan-visibility.ts';

const AT = '2024-01-01T00:00:00.000Z';

describe('planCopyFor', () => {
  it.each<[string | null, number, { version?: number; asOf?: string }, PlanCopy]>([
    ['admin', 0, {}, { kind: 'working' }],
    ['supervisor', 3, {}, { kind: 'working' }],
    ['leader', 3, {}, { kind: 'working' }],
    ['auditor', 0, {}, { kind: 'working' }],
    ['reporter', 3, {}, { kind: 'published', version: 3 }],
    ['reporter', 0, {}, { kind: 'refused', reason: 'NOT_PUBLISHED' }],
    [null, 2, {}, { kind: 'published', version: 2 }],
    [null, 0, {}, { kind: 'refused', reason: 'NOT_PUBLISHED' }],
    [null, 3, { version: 1 }, { kind: 'published', version: 1 }],
    ['admin', 3, { version: 2 }, { kind: 'published', version: 2 }],
    ['auditor', 3, { asOf: AT }, { kind: 'as-of', at: AT }],
    ['admin', 0, { asOf: AT, version: 1 }, { kind: 'as-of', at: AT }],
    [null, 3, { asOf: AT }, { kind: 'refused', reason: 'AS_OF_FOR_STAFF' }],
    ['reporter', 3, { asOf: AT }, { kind: 'refused', reason: 'AS_OF_FOR_STAFF' }],
  ])('role %s, published %i, asking %j → %j', (role, published, request, expected) => {
    expect(planCopyFor(role, published, request)).toEqual(expected);
  });
});

describe('isStaffRole and mayListPlan', () => {
  it.each([
    ['admin', true],
    ['supervisor', true],
    ['leader', true],
    ['auditor', true],
    ['reporter', false],
    [null, false],
    ['stranger', false],
  ])('%s is staff: %s', (role, staff) => {
    expect(isStaffRole(role)).toBe(staff);
    expect(mayListPlan(role, 0)).toBe(staff);
    expect(mayListPlan(role, 1)).toBe(true);
  });
});
