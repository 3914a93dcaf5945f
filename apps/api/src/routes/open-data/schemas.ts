/** Request schemas of the open-data routes. */
import { Id, strict } from '../../schemas.ts';
export { EvaluationQuery as OpenDataQuery, PlanParams, requestedYear } from '../indicators/schemas.ts';

export const IndicatorParams = strict({ indicatorId: Id });
