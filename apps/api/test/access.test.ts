/**
 * Every registered route × every role is allowed or refused exactly as this table says. The table is kept
 * here on purpose, apart from the routes: a new route without a row fails the first test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, DRIVERS, startFixture, type Fixture } from './helpers.ts';
import { seedOneOfEach } from './seed-ids.ts';

type Who = 'public' | 'admin' | 'reporter' | 'supervisor' | 'leader' | 'auditor';
const ALL: Who[] = ['public', 'admin', 'reporter', 'supervisor', 'leader', 'auditor'];
const SIGNED_IN: Who[] = ['admin', 'reporter', 'supervisor', 'leader', 'auditor'];
const STAFF: Who[] = ['admin', 'supervisor', 'leader', 'auditor'];

const RULES: Record<string, Who[]> = {
  'GET /healthz': ALL,
  'GET /readyz': ALL,
  'GET /api/openapi.json': ALL,
  'POST /api/session': ALL,
  'GET /api/session': SIGNED_IN,
  'DELETE /api/session': SIGNED_IN,
  'POST /api/session/password': SIGNED_IN,
  'GET /api/units': SIGNED_IN,
  'POST /api/units': ['admin'],
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'GET /api/plans': ALL,
  'POST /api/plans/import': ['admin'],
  'GET /api/plans/:planId': ALL,
  'GET /api/plans/:planId/versions': ALL,
  'GET /api/plans/:planId/nodes/:nodeId/text': ALL,
  'GET /api/plans/:planId/source': STAFF,
  'POST /api/plans/:planId/publish': ['admin'],
  'PATCH /api/nodes/:nodeId': ['admin'],
  'POST /api/nodes/:nodeId/move': ['admin'],
  'POST /api/nodes/:nodeId/merge': ['admin'],
  'POST /api/nodes/:nodeId/split': ['admin'],
  'GET /api/indicators/:indicatorId': ALL,
  'PATCH /api/indicators/:indicatorId': ['admin'],
  'GET /api/indicators/:indicatorId/observations': SIGNED_IN,
  'POST /api/indicators/:indicatorId/observations': ['admin', 'reporter'],
  'POST /api/plans/:planId/bulletin/preview': ['admin', 'reporter', 'supervisor'],
  'PUT /api/observations/:observationId': ['admin', 'reporter'],
  'GET /api/units/:unitId/indicators': ['admin', 'reporter', 'supervisor', 'leader'],
  'GET /api/plans/:planId/evaluation': ALL,
  'GET /api/indicators/:indicatorId/evaluation': ALL,
  'POST /api/plans/:planId/opinions': ALL,
  'GET /api/plans/:planId/opinions': ALL,
  'PATCH /api/opinions/:opinionId': ['admin', 'supervisor'],
  'GET /api/audit': ['admin', 'auditor'],
  'GET /api/audit/verify': ['admin', 'auditor'],
  'POST /api/plans/:planId/tasks/generate': ['admin'],
  'GET /api/plans/:planId/tasks': STAFF,
  'GET /api/plans/:planId/dashboard': STAFF,
  'GET /api/units/:unitId/tasks': ['admin', 'reporter', 'supervisor', 'leader'],
  'GET /api/tasks/:taskId': SIGNED_IN,
  'PATCH /api/tasks/:taskId': ['admin'],
  'GET /api/plans/:planId/tasks.xlsx': ['admin'],
  'POST /api/plans/:planId/tasks.xlsx': ['admin'],
  'PATCH /api/projects/:projectId': ['admin'],
  'POST /api/reports': ['admin', 'reporter'],
  'GET /api/reports': SIGNED_IN,
  'GET /api/reports/:reportId': SIGNED_IN,
  'POST /api/reports/:reportId/review': ['admin', 'supervisor'],
  'POST /api/reports/:reportId/evidence': ['admin', 'reporter'],
  'GET /api/evidence/:evidenceId': SIGNED_IN,
  'GET /api/warnings': SIGNED_IN,
  'PATCH /api/warnings/:warningId': ['admin', 'supervisor'],
  'POST /api/warnings/:warningId/urge': ['admin', 'supervisor'],
  'GET /api/inbox': SIGNED_IN,
  'POST /api/inbox/:messageId/read': SIGNED_IN,
  'GET /api/webhooks': ['admin'],
  'POST /api/webhooks': ['admin'],
  'GET /api/outbox': ['admin'],
  'POST /api/scheduler/run': ['admin'],
  'GET /api/plans/:planId/open-data.json': ALL,
  'GET /api/plans/:planId/open-data.csv': ALL,
  'GET /api/plans/:planId/open-data.xlsx': ALL,
  'GET /api/plans/:planId/open-data/opinions.json': ALL,
  'GET /api/plans/:planId/open-data/opinions.csv': ALL,
  'GET /api/indicators/:indicatorId/values': ALL,
  'GET /api/plans/:planId/evaluation-reports': STAFF,
  'POST /api/plans/:planId/evaluation-reports': ['admin', 'supervisor'],
  'GET /api/evaluation-reports/:reportId': STAFF,
  'PATCH /api/evaluation-reports/:reportId/blocks/:blockId': ['admin', 'supervisor'],
  'POST /api/evaluation-reports/:reportId/regenerate': ['admin', 'supervisor'],
  'POST /api/evaluation-reports/:reportId/comments': STAFF,
  'POST /api/evaluation-reports/:reportId/submit': ['admin', 'supervisor'],
  'POST /api/evaluation-reports/:reportId/return': ['leader'],
  'POST /api/evaluation-reports/:reportId/approve': ['leader'],
  'POST /api/evaluation-reports/:reportId/publish': ['leader', 'admin'],
  'GET /api/evaluation-reports/:reportId/export': STAFF,
  'GET /api/plans/:planId/published-reports': ALL,
  'GET /api/published-reports/:reportId/:number': ALL,
  'GET /api/published-reports/:reportId/:number/docx': ALL,
  'GET /api/governments': SIGNED_IN,
  'POST /api/governments': ['admin'],
  'PUT /api/governments/members': ['admin'],
  'PUT /api/plans/:planId/placement': ['admin'],
  'GET /api/plan-choices': STAFF,
  'POST /api/plans/:planId/link-suggestions': ['admin', 'supervisor'],
  'GET /api/plans/:planId/links': STAFF,
  'POST /api/links/:linkId/decision': ['admin', 'supervisor'],
  'POST /api/plans/:planId/assignments': ['admin', 'supervisor'],
  'GET /api/plans/:planId/revisions': STAFF,
  'POST /api/indicators/:indicatorId/revisions': ['admin', 'supervisor'],
  'POST /api/revisions/:revisionId/decision': ['admin'],
  'GET /api/plans/:planId/consistency': STAFF,
  'POST /api/plans/:planId/consistency/warnings': ['admin', 'supervisor'],
  'GET /api/governments/:governmentId/portfolio': STAFF,
  'GET /api/plans/:planId/districts': STAFF,
  'POST /api/opinions': ALL,
  'GET /api/opinions/track/:code': ALL,
  'POST /api/opinions/track/:code/rating': ALL,
  'GET /api/opinion-queue': SIGNED_IN,
  'GET /api/opinion-queue/:opinionId': STAFF, // a reporter reads only its unit's (this one is not assigned)
  'POST /api/opinion-queue/:opinionId/screen': ['admin', 'supervisor'],
  'POST /api/opinion-queue/:opinionId/assign': ['admin', 'supervisor'],
  'POST /api/opinion-queue/:opinionId/answer': ['reporter'],
  'POST /api/opinion-queue/:opinionId/review': ['admin', 'supervisor'],
  'POST /api/opinion-queue/:opinionId/publish': ['admin', 'supervisor'],
  'POST /api/opinion-queue/:opinionId/link-task': ['admin', 'supervisor'],
  'GET /api/plans/:planId/opinion-statistics': ALL,
  'GET /api/plans/:planId/answered-opinions': ALL,
  'GET /api/holiday-calendars': SIGNED_IN,
  'PUT /api/holiday-calendars/:year': ['admin'],
};

for (const driver of DRIVERS) {
  describe(`${driver}: route × role access`, () => {
    let f: Fixture;
    let ids: Record<string, string>;
    beforeAll(async () => {
      f = await startFixture(driver);
      ids = await seedOneOfEach(f);
    });
    afterAll(() => f.close());

    it('should have a rule for every registered route, and a route for every rule', () => {
      const registered = f.app.routeTable.map((r) => `${r.method} ${r.url}`).sort();
      expect(registered).toEqual(Object.keys(RULES).sort());
    });

    it('should allow or refuse every route for every role as the table says', async () => {
      const failures: string[] = [];
      for (const { method, url } of f.app.routeTable) {
        if (method === 'DELETE' && url === '/api/session') continue; // checked below, it ends the session
        const path = url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? name);
        for (const who of ALL) {
          const session = who === 'public' ? null : f.sessions[who];
          const res = await f.app.inject({
            method: method as 'GET',
            url: path,
            headers: {
              ...as(session, 1),
              'content-type': method === 'GET' ? undefined : 'application/json',
            } as Record<string, string>,
            payload: method === 'GET' ? undefined : '{}',
          });
          const refused = res.statusCode === 401 || res.statusCode === 403;
          const allowed = RULES[`${method} ${url}`]!.includes(who);
          if (allowed === refused)
            failures.push(
              `${who} ${method} ${url} → ${res.statusCode} (expected ${allowed ? 'allowed' : 'refused'})`,
            );
          if (refused)
            expect(res.json().error.code).toMatch(who === 'public' ? /UNAUTHENTICATED/ : /FORBIDDEN/);
        }
      }
      expect(failures).toEqual([]);
    });

    it('should let a signed-in user sign out, and refuse the public', async () => {
      expect((await f.app.inject({ method: 'DELETE', url: '/api/session' })).statusCode).toBe(401);
      const s = await f.login('leader');
      expect((await f.app.inject({ method: 'DELETE', url: '/api/session', headers: as(s) })).statusCode).toBe(
        204,
      );
      expect((await f.app.inject({ method: 'GET', url: '/api/session', headers: as(s) })).statusCode).toBe(
        401,
      );
    });
  });
}
