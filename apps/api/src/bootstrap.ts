/**
 * First start on an empty database: creates the plan office's unit and an administrator with a one-time
 * password (printed once, stored only as a hash), and loads and publishes the example plan under its government
 * (西湖区, 360103).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createGovernments,
  createUnit,
  createUser,
  generatePassword,
  importPlan,
  placePlan,
  SYSTEM_CALLER,
} from '@gangmu/commands';
import { countUsers, DEFAULT_GOVERNMENT, findGovernmentByCode, listPlans, type Db } from '@gangmu/storage';

export const EXAMPLE_PLAN = resolve(import.meta.dirname, '../../../examples/xihu-2021-2025/plan.txt');

export interface BootstrapResult {
  readonly adminPassword?: string;
  readonly examplePlanId?: string;
}

export async function bootstrap(db: Db, opts: { loadExample: boolean }): Promise<BootstrapResult> {
  const result: { adminPassword?: string; examplePlanId?: string } = {};
  const ctx = { db, now: () => new Date(), caller: SYSTEM_CALLER };
  if ((await countUsers(db.kysely)) === 0) {
    const unit = await createUnit(ctx, { code: 'FGW', name: '发展和改革委员会' });
    const password = generatePassword('admin');
    // Printed once at the first start, so it may sit in a log: it works for one sign-in, which must change it.
    await createUser(ctx, {
      username: 'admin',
      displayName: '系统管理员',
      password,
      role: 'admin',
      unitId: unit.id,
      mustChangePassword: true,
    });
    result.adminPassword = password;
  }
  if (opts.loadExample && (await listPlans(db.kysely, { publishedOnly: false })).length === 0) {
    const { id } = await importPlan(ctx, {
      bytes: readFileSync(EXAMPLE_PLAN),
      publish: true,
      trusted: true,
    });
    // The example plan is 西湖区's: its government is created with it (the plan system, issue 15).
    const { code, name } = DEFAULT_GOVERNMENT;
    const government =
      (await findGovernmentByCode(db.kysely, code)) ??
      (await createGovernments(ctx, { governments: [{ code, name }] }))[0]!;
    await placePlan(ctx, { planId: id, governmentId: government.id, planType: 'outline' });
    result.examplePlanId = id;
  }
  return result;
}
