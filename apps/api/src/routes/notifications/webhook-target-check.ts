/** A webhook's address is checked before it is stored: no loopback, link-local, private or own-port target unless allowed. */
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../../errors.ts';
import { checkWebhookTarget, targetReason, type WebhookPolicy } from '../../supervision/webhook-target.ts';

export async function assertWebhookTarget(
  req: FastifyRequest,
  url: string,
  policy: WebhookPolicy,
): Promise<void> {
  const target = await checkWebhookTarget(url, policy);
  if (!target.ok)
    throw new ApiError('VALIDATION_FAILED', targetReason(target.problem, target.address, req.lang), {
      field: 'url',
      problem: target.problem,
    });
}
