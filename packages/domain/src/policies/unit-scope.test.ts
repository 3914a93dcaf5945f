import { describe, expect, it } from 'vitest';
import {
  mayActOn,
  maySeeUnit,
  reportAccess,
  reportingUnit,
  unitScope,
  type ScopeCaller,
} from './unit-scope.ts';

const reporterA: ScopeCaller = { role: 'reporter', unitId: 'A' };
const reporterB: ScopeCaller = { role: 'reporter', unitId: 'B' };
const reporterNone: ScopeCaller = { role: 'reporter', unitId: null };
const supervisor: ScopeCaller = { role: 'supervisor', unitId: null };
const adminWithUnit: ScopeCaller = { role: 'admin', unitId: 'C' };
const system: ScopeCaller = { role: null, unitId: null };

/** Task led by A with B as co-unit. */
const task = { leadUnitId: 'A', coUnitIds: ['B'] };
const unassigned = { leadUnitId: null, coUnitIds: [] };

describe('unit scope', () => {
  it.each([
    [reporterA, { all: false, unitId: 'A' }],
    [reporterNone, { all: false, unitId: null }],
    [supervisor, { all: true }],
    [adminWithUnit, { all: true }],
    [system, { all: true }],
  ])('lists for %o show %o', (caller, scope) => {
    expect(unitScope(caller)).toEqual(scope);
  });

  it.each([
    [reporterA, 'A', true],
    [reporterA, 'B', false],
    [reporterA, null, false],
    [reporterNone, null, false],
    [supervisor, 'B', true],
    [adminWithUnit, 'A', true],
  ])('%o may see unit %s: %s', (caller, unit, allowed) => {
    expect(maySeeUnit(caller, unit)).toBe(allowed);
  });

  it.each([
    [reporterA, task, true],
    [reporterB, task, true],
    [{ role: 'reporter', unitId: 'C' }, task, false],
    [reporterNone, task, false],
    [reporterNone, unassigned, false],
    [reporterA, unassigned, false],
    [supervisor, unassigned, true],
    [adminWithUnit, task, true],
  ])('%o may act on %o: %s', (caller, subject, allowed) => {
    expect(mayActOn(caller, subject)).toBe(allowed);
  });

  it.each([
    [reporterA, task, 'A'],
    [reporterB, task, 'B'],
    [supervisor, task, 'A'],
    [adminWithUnit, unassigned, null],
  ])('%o reports on %o for unit %s', (caller, subject, unit) => {
    expect(reportingUnit(caller, subject)).toBe(unit);
  });

  it.each([
    // [caller, report's unit, the task (null: a project or indicator), access]
    [reporterA, 'A', task, 'own'],
    [reporterB, 'B', task, 'own'],
    [reporterB, 'A', task, 'read'], // a co-unit reads the lead's report
    [reporterA, 'B', task, 'none'], // the lead does not read a co-unit's
    [{ role: 'reporter', unitId: 'C' }, 'A', task, 'none'],
    [reporterB, 'A', null, 'none'], // no co-units outside tasks
    [reporterA, 'A', null, 'own'],
    [reporterNone, null, null, 'none'], // a reporter without a unit matches nothing, even a unit-less report
    [reporterNone, null, unassigned, 'none'],
    [supervisor, 'A', task, 'own'],
    [adminWithUnit, 'B', null, 'own'],
  ] as const)('%o on a report of unit %s (task %o): %s', (caller, unit, subject, access) => {
    expect(reportAccess(caller, { unitId: unit }, subject)).toBe(access);
  });
});
